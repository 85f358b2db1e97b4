package dev.aftercare.model;

import java.util.Arrays;
import java.util.Optional;

/** What a line of an incident's timeline records. */
public enum EventKind {

	DETECTED, ACKNOWLEDGED, STATUS, UPDATE, MITIGATED, RESOLVED, ALL_CLEAR, NOTE;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Optional<EventKind> fromCode(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code().equals(code)).findFirst();
	}

}
