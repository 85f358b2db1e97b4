package dev.aftercare.impact;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.EventKind;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.model.Status;
import dev.aftercare.model.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineBuilderTests {

	private static final Incident OUTAGE = new Incident("INC-1", "API errors", Severity.SEV1, IncidentType.INCIDENT,
			List.of("api", "dashboard"), List.of("eu-west", "us-east"), at("10:00"), null, at("14:00"), null, null,
			null, null, null, null, List.of());

	@Test
	void withoutStatusEventsTheWholeScopeIsDownForTheIncident() {
		StatusTimeline timeline = TimelineBuilder.build(OUTAGE, List.of(), "api", "us-east");
		assertThat(timeline.segments()).containsExactly(new Segment(at("10:00"), at("14:00"), Status.MAJOR_OUTAGE));
	}

	@Test
	void maintenanceWithoutStatusEventsIsUnderMaintenance() {
		Incident maintenance = new Incident("M-1", "Upgrade", Severity.SEV4, IncidentType.MAINTENANCE, List.of("api"),
				List.of(), at("10:00"), null, at("11:00"), null, null, null, null, null, null, List.of());
		assertThat(TimelineBuilder.build(maintenance, List.of(), "api", "anywhere").segments())
			.containsExactly(new Segment(at("10:00"), at("11:00"), Status.UNDER_MAINTENANCE));
	}

	@Test
	void statusEventsSetTheStatusOnlyWhereTheyApply() {
		List<IncidentEvent> events = List.of(event(1, "10:30", Status.PARTIAL_OUTAGE, List.of(), List.of()),
				event(2, "11:00", Status.MAJOR_OUTAGE, List.of("api"), List.of("eu-west")),
				event(3, "12:00", Status.OPERATIONAL, List.of(), List.of()));
		assertThat(TimelineBuilder.build(OUTAGE, events, "api", "eu-west").segments()).containsExactly(
				new Segment(at("10:30"), at("11:00"), Status.PARTIAL_OUTAGE),
				new Segment(at("11:00"), at("12:00"), Status.MAJOR_OUTAGE));
		assertThat(TimelineBuilder.build(OUTAGE, events, "dashboard", "us-east").segments())
			.containsExactly(new Segment(at("10:30"), at("12:00"), Status.PARTIAL_OUTAGE));
	}

	@Test
	void theStatusIsCutToTheIncidentWindow() {
		List<IncidentEvent> events = List.of(event(1, "09:00", Status.MAJOR_OUTAGE, List.of(), List.of()));
		assertThat(TimelineBuilder.build(OUTAGE, events, "api", "eu-west").segments())
			.containsExactly(new Segment(at("10:00"), at("14:00"), Status.MAJOR_OUTAGE));
	}

	@Test
	void eventsAtTheSameInstantTakeFileOrder() {
		List<IncidentEvent> events = List.of(event(7, "11:00", Status.PARTIAL_OUTAGE, List.of(), List.of()),
				event(5, "11:00", Status.MAJOR_OUTAGE, List.of(), List.of()));
		assertThat(TimelineBuilder.build(OUTAGE, events, "api", "eu-west").segments())
			.containsExactly(new Segment(at("11:00"), at("14:00"), Status.PARTIAL_OUTAGE));
	}

	@Test
	void theImpactWindowSpansFromFirstToLastNonOperationalInstant() {
		List<IncidentEvent> events = List.of(event(1, "10:15", Status.MAJOR_OUTAGE, List.of(), List.of()),
				event(2, "10:45", Status.OPERATIONAL, List.of(), List.of()),
				event(3, "12:00", Status.DEGRADED_PERFORMANCE, List.of(), List.of()),
				event(4, "13:00", Status.OPERATIONAL, List.of(), List.of()));
		StatusTimeline timeline = TimelineBuilder.build(OUTAGE, events, "api", "eu-west");
		assertThat(timeline.start()).contains(at("10:15"));
		assertThat(timeline.end()).contains(at("13:00"));
		assertThat(timeline.segments()).hasSize(2);
	}

	@Test
	void anIncidentResolvedWhenItStartedHasNoImpact() {
		Incident instant = new Incident("INC-2", "Blip", Severity.SEV4, IncidentType.INCIDENT, List.of("api"),
				List.of(), at("10:00"), null, at("10:00"), null, null, null, null, null, null, List.of());
		assertThat(TimelineBuilder.build(instant, List.of(), "api", "eu-west").isEmpty()).isTrue();
	}

	@Test
	void anAllRegionsIncidentSharesOneTimelineForRegionsNoEventNames() {
		Incident everywhere = new Incident("INC-3", "Login", Severity.SEV2, IncidentType.INCIDENT, List.of("api"),
				List.of(), at("10:00"), null, at("12:00"), null, null, null, null, null, null, List.of());
		IncidentImpact impact = new IncidentImpact(everywhere,
				List.of(event(1, "10:00", Status.PARTIAL_OUTAGE, List.of(), List.of()),
						event(2, "11:00", Status.MAJOR_OUTAGE, List.of(), List.of("ap-northeast"))),
				dev.aftercare.terms.TermsTestSupport.DEFAULT);
		assertThat(impact.scopeTimelines()).extracting(IncidentImpact.ScopeTimeline::region)
			.containsExactly("ap-northeast", IncidentImpact.OTHER_REGIONS);
		assertThat(impact.timeline("api", "sa-east").segments())
			.containsExactly(new Segment(at("10:00"), at("12:00"), Status.PARTIAL_OUTAGE));
	}

	private static IncidentEvent event(long line, String time, Status status, List<String> services,
			List<String> regions) {
		return new IncidentEvent("INC-1", line, at(time), EventKind.STATUS, status, services, regions,
				Visibility.PUBLIC, null, null, null);
	}

	private static Instant at(String time) {
		return Instant.parse("2026-10-05T" + time + ":00Z");
	}

}
