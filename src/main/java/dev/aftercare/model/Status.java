package dev.aftercare.model;

import java.util.Arrays;
import java.util.Optional;

/** The status of a service in a region, as a {@code status} event states it. */
public enum Status {

	MAJOR_OUTAGE("major_outage"), PARTIAL_OUTAGE("partial_outage"), DEGRADED_PERFORMANCE("degraded_performance"),
	UNDER_MAINTENANCE("under_maintenance"), OPERATIONAL("operational");

	private final String code;

	Status(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<Status> fromCode(String code) {
		return Arrays.stream(values()).filter((status) -> status.code.equals(code)).findFirst();
	}

}
