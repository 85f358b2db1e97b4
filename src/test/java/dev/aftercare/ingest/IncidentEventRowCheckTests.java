package dev.aftercare.ingest;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.EventKind;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.Status;
import dev.aftercare.model.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentEventRowCheckTests {

	private static final CsvRow STATUS = Rows.row(InputFile.INCIDENT_EVENTS, 7, "incident_id", "I1", "occurred_at",
			"2026-10-03T16:10:00+02:00", "kind", "status", "status", "partial_outage", "services", "api", "regions",
			"eu-west", "visibility", "public", "channel", "status_page", "author", " ops ", "message",
			"Errors on the API.");

	private final IncidentEventRowCheck check = new IncidentEventRowCheck(Fixtures.known());

	@Test
	void statusEventWithinScopeIsAccepted() {
		IncidentEvent event = this.check.check(STATUS).value();
		assertThat(event).isEqualTo(new IncidentEvent("I1", 7, Instant.parse("2026-10-03T14:10:00Z"), EventKind.STATUS,
				Status.PARTIAL_OUTAGE, java.util.List.of("api"), java.util.List.of("eu-west"), Visibility.PUBLIC,
				"status_page", " ops ", "Errors on the API."));
	}

	@Test
	void emptyServicesAndRegionsMeanAllOfTheIncidents() {
		IncidentEvent event = this.check.check(Rows.with(STATUS, "services", "", "regions", null)).value();
		assertThat(event.services()).isEmpty();
		assertThat(event.regions()).isEmpty();
	}

	@Test
	void starRegionMeansAllOfTheIncidentsRegions() {
		IncidentEvent event = this.check.check(Rows.with(STATUS, "regions", "*")).value();
		assertThat(event.regions()).isEmpty();
		assertThat(event.appliesTo("api", "eu-central")).isTrue();
	}

	@Test
	void serviceOutsideTheIncidentIsRejected() {
		assertThat(this.check.check(Rows.with(STATUS, "services", "api;db")).reason())
			.isEqualTo("status event outside the incident's scope: "
					+ "service 'db' is not among the incident's services (api;web)");
	}

	@Test
	void regionOutsideTheIncidentIsRejected() {
		assertThat(this.check.check(Rows.with(STATUS, "regions", "us-east")).reason())
			.isEqualTo("status event outside the incident's scope: "
					+ "region 'us-east' is not among the incident's regions (eu-west;eu-central)");
	}

	@Test
	void anyRegionLiesWithinAnIncidentOfEveryRegion() {
		CsvRow dns = Rows.with(STATUS, "incident_id", "I2", "services", "dns", "regions", "ap-south;us-east");
		assertThat(this.check.check(dns).value().regions()).containsExactly("ap-south", "us-east");
	}

	@Test
	void statusEventNeedsAValidStatus() {
		assertThat(this.check.check(Rows.with(STATUS, "status", " ")).reason())
			.isEqualTo("status is required when kind is status");
		assertThat(this.check.check(Rows.with(STATUS, "status", "down")).reason()).isEqualTo(
				"status 'down' is not one of major_outage, partial_outage, degraded_performance, under_maintenance, operational");
	}

	@Test
	void otherKindsIgnoreStatusServicesAndRegions() {
		IncidentEvent event = this.check
			.check(Rows.with(STATUS, "kind", "update", "status", "nonsense", "services", "db", "regions", "mars"))
			.value();
		assertThat(event.kind()).isEqualTo(EventKind.UPDATE);
		assertThat(event.status()).isNull();
		assertThat(event.services()).isEmpty();
		assertThat(event.regions()).isEmpty();
	}

	@Test
	void unknownIncidentIsRejected() {
		assertThat(this.check.check(Rows.with(STATUS, "incident_id", "I9")).reason())
			.isEqualTo("unknown incident_id 'I9'");
	}

	@Test
	void enumsAreChecked() {
		assertThat(this.check.check(Rows.with(STATUS, "kind", "Status")).reason()).isEqualTo(
				"kind 'Status' is not one of detected, acknowledged, status, update, mitigated, resolved, all_clear, note");
		assertThat(this.check.check(Rows.with(STATUS, "visibility", "")).reason())
			.isEqualTo("visibility is required but empty");
		assertThat(this.check.check(Rows.with(STATUS, "visibility", "private")).reason())
			.isEqualTo("visibility 'private' is not one of public, internal");
		assertThat(this.check.check(Rows.with(STATUS, "channel", "fax")).reason())
			.isEqualTo("channel 'fax' is not one of status_page, email, twitter, sms, chat, phone, other");
		assertThat(this.check.check(Rows.with(STATUS, "channel", "")).value().channel()).isNull();
	}

	@Test
	void occurredAtNeedsAnOffset() {
		assertThat(this.check.check(Rows.with(STATUS, "occurred_at", "2026-10-03 14:10")).reason())
			.startsWith("occurred_at '2026-10-03 14:10' is not an ISO-8601 instant with an offset");
	}

}
