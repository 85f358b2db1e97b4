package dev.aftercare.generate;

import java.time.LocalDate;

/**
 * One generated subscription.
 *
 * @param feeMinor the monthly fee in the currency's minor unit (cents, or whole yen)
 * @param endedOn first day no longer active, or {@code null}
 * @param dailyRequests typical requests a day; 0 for a customer who never uses it
 * @param errorRate the share of requests that fail on an ordinary day
 */
record SubscriptionProfile(String service, String region, long feeMinor, LocalDate startedOn, LocalDate endedOn,
		double dailyRequests, double errorRate) {

	boolean activeOn(LocalDate date) {
		return !date.isBefore(this.startedOn) && (this.endedOn == null || date.isBefore(this.endedOn));
	}

	boolean dormant() {
		return this.dailyRequests <= 0;
	}

}
