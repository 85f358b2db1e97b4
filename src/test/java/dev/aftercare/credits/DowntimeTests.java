package dev.aftercare.credits;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aftercare.impact.StatusTimeline;
import dev.aftercare.model.Interval;
import dev.aftercare.model.Status;

import static dev.aftercare.credits.Fixtures.at;
import static dev.aftercare.credits.Fixtures.impact;
import static dev.aftercare.credits.Fixtures.outage;
import static dev.aftercare.credits.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

class DowntimeTests {

	private static final Interval OCTOBER = new Interval(at("2026-10-01T00:00:00Z"), at("2026-11-01T00:00:00Z"));

	@Test
	void overlappingIncidentsTakeTheLargestWeightAndNeverAddUp() {
		StatusTimeline major = timeline(outage("A", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z"));
		StatusTimeline partial = impact(outage("B", "2026-10-05T10:30:00Z", "2026-10-05T12:00:00Z"),
				status("B", 2, "2026-10-05T10:30:00Z", Status.PARTIAL_OUTAGE))
			.timeline("api", "eu-west");
		BigDecimal seconds = Downtime.weightedSeconds(List.of(major, partial), Fixtures.TERMS::weightOf, OCTOBER);
		// 60 minutes at 1.0, then 60 minutes at 0.5
		assertThat(seconds).isEqualByComparingTo(BigDecimal.valueOf(90 * 60));
	}

	@Test
	void twoIdenticalIncidentsCountOnce() {
		StatusTimeline one = timeline(outage("A", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z"));
		StatusTimeline two = timeline(outage("B", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z"));
		assertThat(Downtime.weightedSeconds(List.of(one, two), Fixtures.TERMS::weightOf, OCTOBER))
			.isEqualByComparingTo(BigDecimal.valueOf(3600));
	}

	@Test
	void onlyTheSpanCounts() {
		StatusTimeline crossing = timeline(outage("A", "2026-09-30T23:00:00Z", "2026-10-01T01:30:00Z"));
		assertThat(Downtime.weightedSeconds(List.of(crossing), Fixtures.TERMS::weightOf, OCTOBER))
			.isEqualByComparingTo(BigDecimal.valueOf(90 * 60));
	}

	@Test
	void degradedPerformanceWeighsNothingByDefault() {
		StatusTimeline degraded = impact(outage("A", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z"),
				status("A", 2, "2026-10-05T10:00:00Z", Status.DEGRADED_PERFORMANCE))
			.timeline("api", "eu-west");
		assertThat(Downtime.weightedSeconds(List.of(degraded), Fixtures.TERMS::weightOf, OCTOBER)).isZero();
	}

	private static StatusTimeline timeline(dev.aftercare.model.Incident incident) {
		return impact(incident).timeline("api", "eu-west");
	}

}
