package dev.aftercare.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a timeline event may be shown to customers. */
public enum Visibility {

	PUBLIC, INTERNAL;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Optional<Visibility> fromCode(String code) {
		return Arrays.stream(values()).filter((visibility) -> visibility.code().equals(code)).findFirst();
	}

}
