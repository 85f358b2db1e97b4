package dev.aftercare.reports.pdf;

import java.util.List;
import java.util.Map;

import dev.aftercare.reports.pdf.InternalDetail.Count;
import dev.aftercare.reports.pdf.InternalDetail.CurrencyTotal;
import dev.aftercare.reports.pdf.InternalDetail.LargestCredit;
import dev.aftercare.reports.pdf.PublicPostmortem.CreditRate;

/**
 * What a run computed about customers and credits, by incident id, for the documents. An
 * incident without an entry has none of it.
 *
 * @param monthTotals the credits of the whole period per currency, each line once
 * @param regionsByService the regions subscriptions have, by service
 * @param shares each incident's share of the month's credits per currency: a line several
 * incidents caused is split between them, so that the shares add up to
 * {@code monthTotals}
 */
record RunFacts(Map<String, Long> affectedCustomers, Map<String, List<Count>> byPlan, Map<String, List<Count>> byRegion,
		Map<String, List<Count>> byService, Map<String, List<CreditRate>> rates,
		Map<String, List<CurrencyTotal>> totals, Map<String, List<LargestCredit>> largest,
		List<CurrencyTotal> monthTotals, Map<String, List<String>> regionsByService,
		Map<String, List<CurrencyTotal>> shares) {

	static RunFacts none() {
		return new RunFacts(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(),
				Map.of());
	}

	long customersOf(String incidentId) {
		return this.affectedCustomers.getOrDefault(incidentId, 0L);
	}

	static <T> List<T> of(Map<String, List<T>> map, String incidentId) {
		return map.getOrDefault(incidentId, List.of());
	}

}
