package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.util.List;

import dev.aftercare.reports.pdf.PublicPostmortem.TimelineEntry;

/**
 * What the internal edition adds to the public postmortem.
 *
 * @param rootCause the internal root cause, {@code null} when not recorded
 * @param timeline every event, internal ones included
 * @param byPlan affected subscriptions by plan
 * @param byRegion affected subscriptions by region
 * @param byService affected subscriptions by service
 * @param credits credit lines and amounts per currency
 * @param largestCredits the largest credits of each currency
 * @param creditShare its share of the month's credits per currency, a line several
 * incidents caused split between them
 */
record InternalDetail(String rootCause, List<TimelineEntry> timeline, List<Count> byPlan, List<Count> byRegion,
		List<Count> byService, List<CurrencyTotal> credits, List<LargestCredit> largestCredits, Scorecard scorecard,
		List<CurrencyTotal> creditShare) {

	InternalDetail {
		timeline = List.copyOf(timeline);
		byPlan = List.copyOf(byPlan);
		byRegion = List.copyOf(byRegion);
		byService = List.copyOf(byService);
		credits = List.copyOf(credits);
		largestCredits = List.copyOf(largestCredits);
		creditShare = List.copyOf(creditShare);
	}

	/** Affected subscriptions and distinct customers under one name. */
	record Count(String name, long subscriptions, long customers) {
	}

	/** Credit lines with a credit, and their sum, in one currency. */
	record CurrencyTotal(String currency, long lines, BigDecimal amount) {
	}

	/** One credit line, with the customer's name: for internal readers only. */
	record LargestCredit(String customerId, String customerName, String plan, String service, String region,
			String currency, BigDecimal creditPercent, String basis, BigDecimal amount) {
	}

}
