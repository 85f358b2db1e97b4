package dev.aftercare.credits;

import java.math.BigDecimal;
import java.util.Optional;

import dev.aftercare.terms.Goodwill;
import dev.aftercare.terms.PlanTerms;
import dev.aftercare.terms.Tier;

/**
 * Steps 3 to 6 of the contract's credit rules: the plan's tiers first, then goodwill,
 * then nothing. Uptime is compared to each threshold by cross-multiplying whole
 * quantities, so no rounding can move a value across a threshold.
 */
public final class CreditPolicy {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

	private CreditPolicy() {
	}

	/**
	 * @param plan the plan's SLA, empty for a plan without one
	 * @param periodSeconds the length of the billing period
	 * @param downtimeSeconds weighted downtime of the subscription in the period
	 * @param longestIncidentSeconds the most weighted downtime one counted incident alone
	 * gave
	 */
	public static CreditDecision decide(Optional<PlanTerms> plan, Goodwill goodwill, BigDecimal periodSeconds,
			BigDecimal downtimeSeconds, BigDecimal longestIncidentSeconds) {
		BigDecimal slaPercent = plan.map((terms) -> slaPercent(terms, periodSeconds, downtimeSeconds))
			.orElse(BigDecimal.ZERO);
		if (slaPercent.signum() > 0) {
			return new CreditDecision(slaPercent, Basis.SLA);
		}
		BigDecimal goodwillSeconds = goodwill.minIncidentMinutes().multiply(SECONDS_PER_MINUTE);
		if (longestIncidentSeconds.signum() > 0 && longestIncidentSeconds.compareTo(goodwillSeconds) >= 0) {
			return new CreditDecision(goodwill.creditPercent(), Basis.GOODWILL);
		}
		return CreditDecision.NONE;
	}

	private static BigDecimal slaPercent(PlanTerms plan, BigDecimal periodSeconds, BigDecimal downtimeSeconds) {
		// uptime < below <=> 100 * (P - D) / P < below <=> 100 * (P - D) < below * P, as
		// P > 0
		BigDecimal scaledUptime = HUNDRED.multiply(periodSeconds.subtract(downtimeSeconds));
		BigDecimal largest = BigDecimal.ZERO;
		for (Tier tier : plan.tiers()) {
			if (scaledUptime.compareTo(tier.uptimeBelow().multiply(periodSeconds)) < 0
					&& tier.creditPercent().compareTo(largest) > 0) {
				largest = tier.creditPercent();
			}
		}
		return largest.min(plan.maxCreditPercent());
	}

}
