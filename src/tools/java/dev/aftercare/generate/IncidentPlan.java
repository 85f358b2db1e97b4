package dev.aftercare.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The month's incidents in the order they started, numbered within the month. */
final class IncidentPlan {

	private IncidentPlan() {
	}

	static List<GeneratedIncident> incidents(Month month, long seed, int customers) {
		List<IncidentDraft> drafts = new ArrayList<>();
		drafts.addAll(MonthStartIncidents.drafts(month));
		drafts.addAll(MidMonthIncidents.drafts(month));
		drafts.addAll(MonthEndIncidents.drafts(month));
		drafts.addAll(ExtraIncidents.drafts(month, seed, customers));
		drafts.sort(Comparator.comparing(IncidentDraft::startedAt));
		List<GeneratedIncident> incidents = new ArrayList<>();
		for (IncidentDraft draft : drafts) {
			incidents.add(draft.build().withId(id(month, incidents.size() + 1)));
		}
		return List.copyOf(incidents);
	}

	static String id(Month month, int number) {
		return String.format(Locale.ROOT, "INC-%s-%02d", month.stamp(), number);
	}

}
