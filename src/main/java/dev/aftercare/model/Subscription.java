package dev.aftercare.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A row of {@code subscriptions.csv}: active on
 * {@code [startedOn 00:00Z, endedOn 00:00Z)}. {@code monthlyFeeText} is the fee exactly
 * as it came, for the outputs.
 */
public record Subscription(String customerId, String service, String region, BigDecimal monthlyFee,
		String monthlyFeeText, LocalDate startedOn, LocalDate endedOn) {

	public Instant activeFrom() {
		return this.startedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * The first instant it is no longer active, or {@link Instant#MAX} while it runs on.
	 */
	public Instant activeUntil() {
		return (this.endedOn != null) ? this.endedOn.atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.MAX;
	}

}
