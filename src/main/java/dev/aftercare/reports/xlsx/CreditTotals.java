package dev.aftercare.reports.xlsx;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.aftercare.credits.CreditLine;

/** The run's credit lines added up per currency, plan and incident. */
final class CreditTotals {

	private final Map<String, CreditTally> currencies = new TreeMap<>();

	private final Map<String, CreditTally> plans = new TreeMap<>();

	private final Map<String, CreditTally> incidents = new TreeMap<>();

	void add(CreditLine line) {
		this.currencies.computeIfAbsent(line.currency(), (key) -> new CreditTally()).add(line);
		this.plans.computeIfAbsent(line.plan(), (key) -> new CreditTally()).add(line);
		for (String incidentId : line.incidentIds()) {
			this.incidents.computeIfAbsent(incidentId, (key) -> new CreditTally()).add(line);
		}
	}

	Set<String> currencies() {
		return new TreeSet<>(this.currencies.keySet());
	}

	Set<String> plans() {
		return new TreeSet<>(this.plans.keySet());
	}

	CreditTally currency(String currency) {
		return this.currencies.getOrDefault(currency, new CreditTally());
	}

	CreditTally plan(String plan) {
		return this.plans.getOrDefault(plan, new CreditTally());
	}

	CreditTally incident(String incidentId) {
		return this.incidents.getOrDefault(incidentId, new CreditTally());
	}

}
