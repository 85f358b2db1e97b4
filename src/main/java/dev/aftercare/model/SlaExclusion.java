package dev.aftercare.model;

import java.util.Arrays;
import java.util.Optional;

/** Why an incident may be left out of SLA downtime. */
public enum SlaExclusion {

	CUSTOMER_CAUSED("customer_caused"), FORCE_MAJEURE("force_majeure");

	private final String code;

	SlaExclusion(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<SlaExclusion> fromCode(String code) {
		return Arrays.stream(values()).filter((exclusion) -> exclusion.code.equals(code)).findFirst();
	}

}
