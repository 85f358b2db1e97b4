package dev.aftercare.reports.xlsx;

import java.util.List;

/**
 * What the message templates in {@code reports/messages/} see: each component is a
 * variable. It holds only what a customer may read: public incident fields, their own
 * services and their own tickets, never {@code root_cause}, internal events or other
 * customers.
 *
 * @param statusPage the public status page, from {@code messages/links.yml}
 * @param greeting the contact's name, or {@code null}: never the company's name
 * @param customer the customer's name, for the call script
 * @param incidents every incident that hit the customer, by start
 * @param detailed those the email tells one by one: the longest for the customer, as many
 * as fit in about {@value MessageDrafter#EMAIL_LIMIT} characters
 * @param others the rest, told in one line, or an empty list
 * @param several whether more than one incident hit the customer
 * @param shortDate the day of the first incident, short: "3 Oct"
 * @param maintenanceOnly whether everything that hit the customer was maintenance
 * announced in time: a note, not an apology
 * @param wrote the day of their first ticket of the period, "3 October", or {@code null}
 * @param call who to call and how, for the call script
 * @param credit the credit finance approved for billing, so applied, or {@code null}
 * @param pendingCredit the credit the customer qualifies for that is not decided yet, or
 * {@code null}; a rejected credit is in neither
 */
record MessageContext(String company, String supportContact, String feedbackContact, String statusPage, String period,
		String shortPeriod, String greeting, String customer, List<IncidentText> incidents, List<IncidentText> detailed,
		List<IncidentText> others, int otherCount, boolean several, int incidentCount, String shortDate,
		boolean maintenanceOnly, String wrote, CallText call, CreditText credit, CreditText pendingCredit) {

	/**
	 * One incident, as the customer saw it.
	 *
	 * @param id its incident id, as in the workbook
	 * @param when the day and times it lasted, in the display time zone
	 * @param date its day: "3 October 2026"
	 * @param shortDate its day, short: "3 Oct"
	 * @param duration how long the customer's services were hit: "2 hours 5 minutes"
	 * @param services their services and regions it hit, in words: "API in Europe West"
	 * @param link its public postmortem
	 * @param plannedMaintenance whether it was maintenance announced in time
	 * @param announced the day planned maintenance was announced, or {@code null}
	 */
	record IncidentText(String id, String title, String when, String date, String shortDate, String duration,
			String services, String customerImpact, String publicCause, String workaround, List<String> remediation,
			boolean hasRemediation, String link, boolean plannedMaintenance, String announced) {
	}

	/**
	 * @param amount currency and amount: "USD 1,234.50"
	 * @param goodwill whether it is a goodwill credit rather than an SLA one
	 * @param several whether more than one of their subscriptions qualifies
	 */
	record CreditText(String amount, boolean goodwill, boolean several) {
	}

	/**
	 * Who support asks for on a call.
	 *
	 * @param contact the contact's name, or {@code null}
	 * @param phone the number on file, or {@code null}
	 * @param accountManager their account manager, or {@code null}
	 * @param tickets what they wrote to us in the period, or {@code null}
	 */
	record CallText(String contact, String phone, String accountManager, String tickets) {
	}

}
