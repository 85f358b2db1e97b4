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
 * @param approvedAmount the part of it finance approved for billing: only this may be
 * told as applied
 * @param pendingAmount the part still to be decided; rejected lines are in neither
 * @param creditPercent the largest credit percent among their subscriptions
 * @param basis the bases of their credits: {@code sla}, {@code goodwill}, both, or
 * {@code none}
 * @param subscriptions how many of their subscriptions have a credit above 0
 * @param tickets their tickets of the period, one line, or {@code null}
 * @param firstTicketAt when the first of those was opened, or {@code null}
 */
record FollowUpCustomer(int priority, String customerId, String name, String contactName, String email, String phone,
		String preferredChannel, String accountManager, String currency, List<Hit> incidents,
		BigDecimal downtimeMinutes, BigDecimal creditAmount, BigDecimal approvedAmount, BigDecimal pendingAmount,
		BigDecimal creditPercent, String basis, int subscriptions, String tickets, Instant firstTicketAt) {

	/** A customer whose every credit is still to be decided, as after a run. */
	FollowUpCustomer(int priority, String customerId, String name, String contactName, String email, String phone,
			String preferredChannel, String accountManager, String currency, List<Hit> incidents,
			BigDecimal downtimeMinutes, BigDecimal creditAmount, BigDecimal creditPercent, String basis,
			int subscriptions, String tickets, Instant firstTicketAt) {
		this(priority, customerId, name, contactName, email, phone, preferredChannel, accountManager, currency,
				incidents, downtimeMinutes, creditAmount, BigDecimal.ZERO, creditAmount, creditPercent, basis,
				subscriptions, tickets, firstTicketAt);
	}

	/** The longest any of their services was hit, in seconds. */
	BigDecimal longestImpactSeconds() {
		return this.incidents.stream().map(Hit::impactSeconds).reduce(BigDecimal.ZERO, BigDecimal::max);
	}

	/**
	 * How one incident hit the customer.
	 *
	 * @param places their services and regions it hit, by service then region
	 * @param impactSeconds the longest impact on one of those, unweighted
	 */
	record Hit(String incidentId, List<Place> places, BigDecimal impactSeconds) {

		/** "api in eu-west, web in us-east": the places as the input names them. */
		String services() {
			StringBuilder text = new StringBuilder();
			for (Place place : this.places) {
				if (!text.isEmpty()) {
					text.append(", ");
				}
				text.append(place.service()).append(" in ").append(place.region());
			}
			return text.toString();
		}

	}

	/** One of the customer's subscriptions an incident hit. */
	record Place(String service, String region) {
	}

}
