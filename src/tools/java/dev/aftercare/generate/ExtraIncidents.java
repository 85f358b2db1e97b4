package dev.aftercare.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Smaller everyday incidents that a large company also has: at scale they bring the month
 * to a few dozen incidents. Each is short, in one region, and fully communicated.
 */
final class ExtraIncidents {

	private static final int CUSTOMERS_PER_INCIDENT = 4000;

	private static final int MAX = 24;

	private ExtraIncidents() {
	}

	static int count(int customers) {
		return Math.min(MAX, customers / CUSTOMERS_PER_INCIDENT);
	}

	static List<IncidentDraft> drafts(Month m, long seed, int customers) {
		List<IncidentDraft> drafts = new ArrayList<>();
		for (int i = 0; i < count(customers); i++) {
			drafts.add(draft(m, Rng.of(seed, 2, i)));
		}
		return drafts;
	}

	private static IncidentDraft draft(Month m, Rng rng) {
		String service = rng.pick(Catalog.SERVICES);
		String region = rng.pick(Catalog.REGIONS);
		String name = Character.toUpperCase(service.charAt(0)) + service.substring(1);
		Instant start = m.at(rng.between(1, 28),
				String.format(Locale.ROOT, "%02d:%02d", rng.nextInt(24), rng.nextInt(12) * 5));
		int kind = rng.weighted(4, 4, 2);
		String status = new String[] { "degraded_performance", "partial_outage", "major_outage" }[kind];
		int minutes = new int[] { rng.between(20, 120), rng.between(15, 90), rng.between(10, 45) }[kind];
		String title = new String[] { "Slow " + service + " in " + region, name + " errors in " + region,
				name + " unavailable in " + region }[kind];
		String experienced = new String[] { "responded slowly", "failed for some requests", "was unavailable" }[kind];
		String experiencing = new String[] { "responds slowly", "fails for some requests", "is unavailable" }[kind];
		Instant end = start.plusSeconds(minutes * 60L);
		IncidentDraft draft = IncidentDraft
			.incident(new String[] { "SEV4", "SEV3", "SEV2" }[kind], title, List.of(service), List.of(region), start)
			.author(rng.pick("Rosa Delgado", "Marcus Lee", "Dana Kim"))
			.texts(name + " in " + region + " " + experienced + " for " + minutes + " minutes.",
					rng.pick("A server that we replaced did not take over its share of the work as it should have.",
							"A change we made to speed things up had the opposite effect under heavy load.",
							"One of our databases ran short of connections during a busy hour."),
					rng.pick("Node replacement left the target group half-registered (ASG hook timeout).",
							"Connection pool max lowered in config 2291 without a load test.",
							"Cache TTL change caused a stampede on the primary."),
					rng.chance(0.5) ? "Retrying after a minute usually worked." : null,
					rng.pick("Add a load test for this path to our release checks",
							"Alert earlier on the signal that showed this first"))
			.status(start, status, name + ": " + status.replace('_', ' ') + " in " + region)
			.detected(start.plusSeconds(rng.between(2, 8) * 60L), "Alert on " + service + "-" + region)
			.acknowledged(start.plusSeconds(rng.between(9, 15) * 60L),
					name + " in " + region + " " + experiencing + ". We are investigating.");
		for (Instant at = start.plusSeconds(45 * 60L); at.isBefore(end); at = at.plusSeconds(40 * 60L)) {
			draft.update(at, "We are still working on it. Next update within 45 minutes.");
		}
		return draft.status(end, "operational", name + ": operational in " + region)
			.resolved(end, name + " in " + region + " works normally again. Sorry for the disruption.")
			.allClear(end.plusSeconds(30 * 60L), "All clear. Thank you for your patience.");
	}

}
