package dev.aftercare.credits;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One line of {@code credits.csv}: what a subscription is credited for a billing period.
 * {@code downtimeMinutes} and {@code uptimePercent} are already rounded for display; the
 * decision was taken on exact values.
 *
 * @param slaTarget {@code null} for a plan without SLA
 * @param incidentIds every incident that affected the subscription in the period, sorted
 */
public record CreditLine(YearMonth period, String customerId, String customerName, String plan, String service,
		String region, String currency, String monthlyFeeText, BigDecimal downtimeMinutes, BigDecimal uptimePercent,
		BigDecimal slaTarget, BigDecimal creditPercent, Basis basis, BigDecimal creditAmount,
		List<String> incidentIds) {
}
