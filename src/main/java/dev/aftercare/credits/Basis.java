package dev.aftercare.credits;

import java.util.Locale;

/** Why a subscription gets the credit it gets. */
public enum Basis {

	SLA, GOODWILL, NONE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
