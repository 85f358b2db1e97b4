package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aftercare.credits.Downtime;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.impact.IncidentImpact.ScopeTimeline;
import dev.aftercare.impact.StatusTimeline;
import dev.aftercare.model.Interval;
import dev.aftercare.terms.Terms;

/**
 * Availability of each service and region an incident touched in a period, as the terms
 * count it: the period less its weighted downtime, overlapping incidents counted once,
 * excluded incidents not at all.
 *
 * @param region a region, or {@link IncidentImpact#OTHER_REGIONS} for an incident over
 * every region of a service no subscription names
 */
record Availability(String service, String region, BigDecimal downtimeMinutes, BigDecimal percent) {

	private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * @param regionsByService the regions subscriptions have for each service, where an
	 * incident over every region is felt
	 */
	static List<Availability> of(Collection<IncidentImpact> impacts, Map<String, List<String>> regionsByService,
			Terms terms, Interval period) {
		List<Availability> result = new ArrayList<>();
		BigDecimal periodSeconds = period.seconds();
		for (List<String> pair : touched(impacts, regionsByService)) {
			String service = pair.get(0);
			String region = pair.get(1);
			List<StatusTimeline> timelines = new ArrayList<>();
			for (IncidentImpact impact : impacts) {
				if (!impact.isExcluded()
						&& (!IncidentImpact.OTHER_REGIONS.equals(region) || impact.incident().allRegions())) {
					timelines.add(impact.timeline(service, region));
				}
			}
			BigDecimal downtime = Downtime.weightedSeconds(timelines, terms::weightOf, period);
			result.add(new Availability(service, region, downtime.divide(SIXTY, 2, RoundingMode.HALF_UP),
					HUNDRED.multiply(periodSeconds.subtract(downtime)).divide(periodSeconds, 4, RoundingMode.HALF_UP)));
		}
		return result;
	}

	/** The (service, region) pairs some incident had an impact on, in order. */
	private static List<List<String>> touched(Collection<IncidentImpact> impacts,
			Map<String, List<String>> regionsByService) {
		Set<List<String>> pairs = new LinkedHashSet<>();
		for (IncidentImpact impact : impacts) {
			for (ScopeTimeline scope : impact.scopeTimelines()) {
				if (scope.timeline().isEmpty()) {
					continue;
				}
				if (!IncidentImpact.OTHER_REGIONS.equals(scope.region())) {
					pairs.add(List.of(scope.service(), scope.region()));
					continue;
				}
				List<String> regions = regionsByService.getOrDefault(scope.service(), List.of());
				if (regions.isEmpty()) {
					pairs.add(List.of(scope.service(), scope.region()));
				}
				regions.stream()
					.filter((region) -> !impact.timeline(scope.service(), region).isEmpty())
					.forEach((region) -> pairs.add(List.of(scope.service(), region)));
			}
		}
		return pairs.stream()
			.sorted(Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing((pair) -> pair.get(1)))
			.toList();
	}

}
