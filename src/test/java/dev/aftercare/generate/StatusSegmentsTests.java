package dev.aftercare.generate;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusSegmentsTests {

	private final Month month = new Month(YearMonth.of(2026, 10));

	private final List<GeneratedIncident> incidents = IncidentPlan.incidents(this.month, 42, 300);

	@Test
	void theSev1GoesPartialThenMajorThenPartialInEuWest() {
		GeneratedIncident sev1 = byTitle("API and webhook outage, worst in eu-west");
		assertThat(StatusSegments.of(sev1, "api", "eu-west", this.month.end()))
			.extracting(StatusSegments.Segment::status)
			.containsExactly("partial_outage", "major_outage", "partial_outage");
		assertThat(StatusSegments.of(sev1, "api", "us-east", this.month.end()))
			.extracting(StatusSegments.Segment::status)
			.containsExactly("partial_outage");
	}

	@Test
	void aServiceNoStatusEventNamesStaysOperational() {
		GeneratedIncident sev1 = byTitle("API and webhook outage, worst in eu-west");
		assertThat(StatusSegments.of(sev1, "webhooks", "us-east", this.month.end())).isEmpty();
	}

	@Test
	void withoutStatusEventsTheWholeScopeIsDownUntilResolved() {
		GeneratedIncident incident = byTitle("Webhook deliveries failing in us-east and eu-west");
		assertThat(StatusSegments.of(incident, "webhooks", "eu-west", this.month.end()))
			.containsExactly(new StatusSegments.Segment(incident.startedAt(), incident.resolvedAt(), "major_outage"));
	}

	@Test
	void theLongSearchOutageBreaksTheLowestTierInEveryMonth() {
		GeneratedIncident search = byTitle("Search unavailable in ap-northeast");
		double minutes = 0;
		for (StatusSegments.Segment segment : StatusSegments.of(search, "search", "ap-northeast", this.month.end())) {
			double weight = segment.status().equals("major_outage") ? 1.0 : 0.5;
			minutes += weight * java.time.Duration.between(segment.from(), segment.to()).toMinutes();
		}
		// below 95 % uptime even in a 31-day month
		assertThat(minutes).isGreaterThan(31 * 1440 * 0.05);
	}

	private GeneratedIncident byTitle(String title) {
		return this.incidents.stream().filter((i) -> i.title().equals(title)).findFirst().orElseThrow();
	}

}
