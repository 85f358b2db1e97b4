package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.util.List;

/**
 * An affected customer of the period, as support works through them.
 *
 * @param priority the rank of {@link FollowUpPriority}: 1 comes first
 * @param incidents the incidents that hit the customer, by id
 * @param downtimeMinutes the longest SLA downtime among their subscriptions
 * @param creditAmount every credit line of the customer added up, in {@code currency}
 * @param approvedAmount the part of it finance approved for billing: only this may be
 * told as applied
 * @param pendingAmount the part still to be decided; rejected lines are in neither
 * @param creditPercent the largest credit percent among their subscriptions
 * @param basis the bases of their credits: {@code sla}, {@code goodwill}, both, or
 * {@code none}
 * @param tickets their tickets about these incidents, one line, or {@code null}
 */
record FollowUpCustomer(int priority, String customerId, String name, String contactName, String email, String phone,
		String preferredChannel, String accountManager, String currency, List<Hit> incidents,
		BigDecimal downtimeMinutes, BigDecimal creditAmount, BigDecimal approvedAmount, BigDecimal pendingAmount,
		BigDecimal creditPercent, String basis, int subscriptions, String tickets) {

	/** A customer whose every credit is approved. */
	FollowUpCustomer(int priority, String customerId, String name, String contactName, String email, String phone,
			String preferredChannel, String accountManager, String currency, List<Hit> incidents,
			BigDecimal downtimeMinutes, BigDecimal creditAmount, BigDecimal creditPercent, String basis,
			int subscriptions, String tickets) {
		this(priority, customerId, name, contactName, email, phone, preferredChannel, accountManager, currency,
				incidents, downtimeMinutes, creditAmount, creditAmount, BigDecimal.ZERO, creditPercent, basis,
				subscriptions, tickets);
	}

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
