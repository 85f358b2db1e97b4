package dev.aftercare.generate;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentPlanTests {

	private final Month month = new Month(YearMonth.of(2026, 10));

	private final List<GeneratedIncident> incidents = IncidentPlan.incidents(this.month, 42, 300);

	@Test
	void aSmallCompanyStillHasAtLeastTenIncidentsAndALargeOneAFewDozen() {
		assertThat(this.incidents).hasSizeGreaterThanOrEqualTo(10);
		assertThat(IncidentPlan.incidents(this.month, 42, 100_000)).hasSizeBetween(30, 48);
	}

	@Test
	void idsFollowTheOrderIncidentsStarted() {
		assertThat(this.incidents).isSortedAccordingTo((a, b) -> a.startedAt().compareTo(b.startedAt()));
		assertThat(this.incidents.get(0).id()).isEqualTo("INC-202610-01");
	}

	@Test
	void theMonthExercisesEveryRuleOfTheContract() {
		assertThat(this.incidents).anyMatch(GeneratedIncident::allRegions)
			.anyMatch((i) -> i.events().stream().noneMatch(GeneratedEvent::isStatus) && !i.maintenance())
			.anyMatch((i) -> i.resolvedAt() == null)
			.anyMatch((i) -> i.startedAt().isBefore(this.month.start()))
			.anyMatch((i) -> i.resolvedAt() != null && i.resolvedAt().isAfter(this.month.end()))
			.anyMatch((i) -> "customer_caused".equals(i.slaExclusion()))
			.anyMatch((i) -> "force_majeure".equals(i.slaExclusion()))
			.anyMatch((i) -> i.maintenance() && notice(i).toHours() >= 72)
			.anyMatch((i) -> i.maintenance() && notice(i).toHours() < 72)
			.anyMatch((i) -> statuses(i).equals(List.of("degraded_performance", "operational")))
			.anyMatch((i) -> statuses(i).containsAll(List.of("partial_outage", "major_outage", "operational")))
			.anyMatch((i) -> i.resolvedAt() != null
					&& i.events().stream().noneMatch((e) -> e.kind().equals("all_clear")));
	}

	@Test
	void twoIncidentsOverlapOnTheSameServiceAndRegion() {
		boolean overlap = false;
		for (GeneratedIncident a : this.incidents) {
			for (GeneratedIncident b : this.incidents) {
				if (a != b && a.resolvedAt() != null && b.startedAt().isAfter(a.startedAt())
						&& b.startedAt().isBefore(a.resolvedAt()) && a.services().equals(b.services())
						&& a.regions().equals(b.regions())) {
					overlap = true;
				}
			}
		}
		assertThat(overlap).isTrue();
	}

	@Test
	void everyIncidentTellsCustomersWhatHappenedAndKeepsItsRootCauseInternal() {
		for (GeneratedIncident incident : this.incidents) {
			assertThat(incident.customerImpact()).as(incident.id()).isNotBlank();
			assertThat(incident.publicCause()).as(incident.id()).isNotBlank();
			assertThat(incident.rootCause()).as(incident.id()).isNotBlank();
			assertThat(incident.remediation()).as(incident.id()).isNotEmpty();
			assertThat(incident.events()).as(incident.id()).anyMatch(GeneratedEvent::isPublic);
		}
		assertThat(this.incidents).flatMap(GeneratedIncident::events)
			.anyMatch((e) -> e.kind().equals("note") && !e.isPublic());
	}

	@Test
	void textMessagesFitInOneSms() {
		assertThat(this.incidents).flatMap(GeneratedIncident::events)
			.filteredOn((e) -> "sms".equals(e.channel()))
			.isNotEmpty()
			.allMatch((e) -> e.message().length() <= 160);
	}

	@Test
	void oneResolvedIncidentHasAPublicSilenceOfOverTwoHours() {
		assertThat(this.incidents).filteredOn((i) -> i.resolvedAt() != null)
			.anyMatch((i) -> longestSilence(i).toMinutes() > 120);
	}

	private static Duration notice(GeneratedIncident incident) {
		return Duration.between(incident.announcedAt(), incident.startedAt());
	}

	private static List<String> statuses(GeneratedIncident incident) {
		return incident.events().stream().filter(GeneratedEvent::isStatus).map(GeneratedEvent::status).toList();
	}

	private static Duration longestSilence(GeneratedIncident incident) {
		Duration longest = Duration.ZERO;
		java.time.Instant last = incident.startedAt();
		for (GeneratedEvent event : incident.events()) {
			if (event.isPublic() && event.channel() != null && !event.at().isBefore(last)) {
				Duration gap = Duration.between(last, event.at());
				longest = (gap.compareTo(longest) > 0) ? gap : longest;
				last = event.at();
			}
		}
		return longest;
	}

}
