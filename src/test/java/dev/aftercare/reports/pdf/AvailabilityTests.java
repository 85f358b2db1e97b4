package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Interval;
import dev.aftercare.model.Severity;
import dev.aftercare.model.SlaExclusion;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTests {

	private static final Interval OCTOBER = Interval.of(YearMonth.of(2026, 10));

	@Test
	void overlappingIncidentsCountOnce() {
		// 10:00-11:00 and 10:30-12:00 on api/eu-west: 120 minutes, not 150
		List<Availability> result = Availability.of(List.of(outage("A", List.of("eu-west"), "10:00", "11:00", null),
				outage("B", List.of("eu-west"), "10:30", "12:00", null)), Map.of(), Samples.TERMS, OCTOBER);
		assertThat(result).singleElement().satisfies((scope) -> {
			assertThat(scope.downtimeMinutes()).isEqualByComparingTo("120");
			// 100 x (44640 - 120) / 44640
			assertThat(scope.percent()).isEqualByComparingTo(new BigDecimal("99.7312"));
		});
	}

	@Test
	void excludedIncidentsTouchAScopeButCostNoAvailability() {
		List<Availability> result = Availability.of(
				List.of(outage("A", List.of("eu-west"), "10:00", "11:00", SlaExclusion.FORCE_MAJEURE)), Map.of(),
				Samples.TERMS, OCTOBER);
		assertThat(result).singleElement().satisfies((scope) -> {
			assertThat(scope.region()).isEqualTo("eu-west");
			assertThat(scope.percent()).isEqualByComparingTo("100");
			// customers still had the hour
			assertThat(scope.experiencedMinutes()).isEqualByComparingTo("60");
			assertThat(scope.experiencedPercent()).isEqualByComparingTo("99.8656");
		});
	}

	@Test
	void anIncidentOverEveryRegionIsFeltInEachSubscribedRegion() {
		List<Availability> result = Availability.of(
				List.of(outage("A", List.of(), "10:00", "10:30", null),
						outage("B", List.of("us-east"), "11:00", "11:30", null)),
				Map.of("api", List.of("eu-west", "us-east")), Samples.TERMS, OCTOBER);
		assertThat(result).extracting(Availability::region, (scope) -> scope.downtimeMinutes().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("eu-west", 30),
					org.assertj.core.groups.Tuple.tuple("us-east", 60));
	}

	@Test
	void anIncidentOverEveryRegionWithoutSubscriptionsShowsAsAllRegions() {
		List<Availability> result = Availability.of(List.of(outage("A", List.of(), "10:00", "10:30", null)), Map.of(),
				Samples.TERMS, OCTOBER);
		assertThat(result).extracting(Availability::region).containsExactly(IncidentImpact.OTHER_REGIONS);
	}

	private static IncidentImpact outage(String id, List<String> regions, String from, String to,
			SlaExclusion exclusion) {
		Incident incident = new Incident(id, id, Severity.SEV2, IncidentType.INCIDENT, List.of("api"), regions,
				Samples.at("2026-10-10T" + from + ":00Z"), null, Samples.at("2026-10-10T" + to + ":00Z"), null,
				exclusion, null, null, null, null, List.of());
		return new IncidentImpact(incident, List.of(), Samples.TERMS);
	}

}
