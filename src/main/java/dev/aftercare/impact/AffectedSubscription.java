package dev.aftercare.impact;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of {@code affected_customers.csv}: an incident that affected a subscription.
 *
 * @param impactStart first instant of the impact window of the (service, region)
 * @param impactEnd end (exclusive) of that impact window
 * @param impactSeconds time in the window while the subscription was active, whole
 * incident
 * @param downtimeSeconds the same time weighted by status, zero when the incident is
 * excluded
 */
public record AffectedSubscription(String incidentId, String customerId, String service, String region,
		Instant impactStart, Instant impactEnd, BigDecimal impactSeconds, BigDecimal downtimeSeconds,
		boolean excluded) {
}
