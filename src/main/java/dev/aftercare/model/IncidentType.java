package dev.aftercare.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether an incident was an unplanned outage or planned maintenance. */
public enum IncidentType {

	INCIDENT("incident", Status.MAJOR_OUTAGE), MAINTENANCE("maintenance", Status.UNDER_MAINTENANCE);

	private final String code;

	private final Status statusWithoutEvents;

	IncidentType(String code, Status statusWithoutEvents) {
		this.code = code;
		this.statusWithoutEvents = statusWithoutEvents;
	}

	public String code() {
		return this.code;
	}

	/**
	 * The status of the whole scope when the timeline has no {@code status} event at all.
	 */
	public Status statusWithoutEvents() {
		return this.statusWithoutEvents;
	}

	public static Optional<IncidentType> fromCode(String code) {
		return Arrays.stream(values()).filter((type) -> type.code.equals(code)).findFirst();
	}

}
