package dev.aftercare.model;

import java.util.Arrays;
import java.util.Optional;

/** How bad an incident was, with the words a customer understands. */
public enum Severity {

	SEV1("Critical: the service was unavailable"), SEV2("Major: a core function was unavailable or badly impaired"),
	SEV3("Minor: part of the service was impaired"), SEV4("Low: little or no visible impact");

	private final String plainWords;

	Severity(String plainWords) {
		this.plainWords = plainWords;
	}

	public String code() {
		return name();
	}

	public String plainWords() {
		return this.plainWords;
	}

	public static Optional<Severity> fromCode(String code) {
		return Arrays.stream(values()).filter((severity) -> severity.name().equals(code)).findFirst();
	}

}
