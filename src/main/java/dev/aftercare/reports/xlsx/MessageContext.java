package dev.aftercare.reports.xlsx;

import java.util.List;

/**
 * What the message templates in {@code reports/messages/} see: each component is a
 * variable. It holds only what a customer may read: public incident fields and their own
 * services, never {@code root_cause}, internal events or other customers.
 *
 * @param greeting the contact's name, else the customer's name
 * @param several whether more than one incident hit the customer
 * @param shortDate the day of the first incident, short: "3 Oct"
 * @param credit the credit finance approved for billing, so applied, or {@code null}
 * @param pendingCredit the credit the customer qualifies for that is not decided yet, or
 * {@code null}; a rejected credit is in neither
 */
record MessageContext(String company, String supportContact, String feedbackContact, String period, String shortPeriod,
		String greeting, List<IncidentText> incidents, boolean several, int incidentCount, String shortDate,
		CreditText credit, CreditText pendingCredit) {

	/**
	 * One incident, as the customer saw it.
	 *
	 * @param when the day and times it lasted, in the display time zone
	 * @param date its day: "3 October 2026"
	 * @param duration how long the customer's services were hit: "2 hours 5 minutes"
	 * @param services their services and regions it hit
	 * @param announced the day planned maintenance was announced, or {@code null}
	 */
	record IncidentText(String title, String when, String date, String duration, String services, String customerImpact,
			String publicCause, String workaround, List<String> remediation, boolean hasRemediation,
			boolean plannedMaintenance, String announced) {
	}

	/**
	 * @param amount currency and amount: "USD 1,234.50"
	 * @param goodwill whether it is a goodwill credit rather than an SLA one
	 */
	record CreditText(String amount, boolean goodwill) {
	}

}
