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
 * Availability of each service and region an incident touched in a period, twice: as
 * customers experienced it, every incident counted, and as the SLA counts it, excluded
 * incidents not at all. Both are the period less its downtime weighted by status as the
 * terms weight it, overlapping incidents counted once.
 *
 * @param region a region, or {@link IncidentImpact#OTHER_REGIONS} for an incident over
 * every region of a service no subscription names
 * @param downtimeMinutes SLA downtime
 * @param percent availability as the SLA counts it
 * @param experiencedMinutes downtime with excluded incidents too
 * @param experiencedPercent availability as customers experienced it
 */
record Availability(String service, String region, BigDecimal downtimeMinutes, BigDecimal percent,
		BigDecimal experiencedMinutes, BigDecimal experiencedPercent) {

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
			List<StatusTimeline> counted = new ArrayList<>();
			List<StatusTimeline> experienced = new ArrayList<>();
			for (IncidentImpact impact : impacts) {
				if (!IncidentImpact.OTHER_REGIONS.equals(region) || impact.incident().allRegions()) {
					experienced.add(impact.timeline(service, region));
					if (!impact.isExcluded()) {
						counted.add(impact.timeline(service, region));
					}
				}
			}
			BigDecimal downtime = Downtime.weightedSeconds(counted, terms::weightOf, period);
			BigDecimal felt = Downtime.weightedSeconds(experienced, terms::weightOf, period);
			result.add(new Availability(service, region, minutes(downtime), percent(downtime, periodSeconds),
					minutes(felt), percent(felt, periodSeconds)));
		}
		return result;
	}

	private static BigDecimal minutes(BigDecimal seconds) {
		return seconds.divide(SIXTY, 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal percent(BigDecimal downtimeSeconds, BigDecimal periodSeconds) {
		return HUNDRED.multiply(periodSeconds.subtract(downtimeSeconds)).divide(periodSeconds, 4, RoundingMode.HALF_UP);
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
