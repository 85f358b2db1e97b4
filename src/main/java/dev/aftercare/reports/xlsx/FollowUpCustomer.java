package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An affected customer of the period, as support works through them.
 *
 * @param priority the rank of {@link FollowUpPriority}: 1 comes first
 * @param incidents the incidents that hit the customer, by id
 * @param downtimeMinutes the longest SLA downtime among their subscriptions
 * @param creditAmount every credit line of the customer added up, in {@code currency}
 * @param creditPercent the largest credit percent among their subscriptions
 * @param basis the bases of their credits: {@code sla}, {@code goodwill}, both, or
 * {@code none}
 * @param tickets their tickets of the period, one line, or {@code null}
 * @param firstTicketAt when the first of those was opened, or {@code null}
 */
record FollowUpCustomer(int priority, String customerId, String name, String contactName, String email, String phone,
		String preferredChannel, String accountManager, String currency, List<Hit> incidents,
		BigDecimal downtimeMinutes, BigDecimal creditAmount, BigDecimal creditPercent, String basis, int subscriptions,
		String tickets, Instant firstTicketAt) {

	/** The longest any of their services was hit, in seconds. */
	BigDecimal longestImpactSeconds() {
		return this.incidents.stream().map(Hit::impactSeconds).reduce(BigDecimal.ZERO, BigDecimal::max);
	}

	/**
	 * How one incident hit the customer.
	 *
	 * @param services their services and regions it hit, as one text
	 * @param impactSeconds the longest impact on one of those, unweighted
	 */
	record Hit(String incidentId, String services, BigDecimal impactSeconds) {
	}

}
