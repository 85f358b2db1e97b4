package dev.aftercare.ingest;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.model.SlaExclusion;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentRowCheckTests {

	private static final CsvRow OUTAGE = Rows.row(InputFile.INCIDENTS, 2, "incident_id", "I1", "title", " API errors ",
			"severity", "SEV1", "type", "incident", "services", "api; web;;", "regions", "eu-west;eu-central",
			"started_at", "2026-10-03T16:05:00+02:00", "resolved_at", "2026-10-03T15:00:00Z");

	private final IncidentRowCheck check = new IncidentRowCheck(new InMemoryKnown());

	@Test
	void validRowBecomesAnIncident() {
		Incident incident = this.check.check(Rows.with(OUTAGE, "sla_exclusion", "force_majeure", "root_cause",
				" a bad deploy ", "remediation", "canary deploys; alert on 5xx ;"))
			.value();
		assertThat(incident.title()).isEqualTo(" API errors ");
		assertThat(incident.severity()).isEqualTo(Severity.SEV1);
		assertThat(incident.type()).isEqualTo(IncidentType.INCIDENT);
		assertThat(incident.services()).containsExactly("api", "web");
		assertThat(incident.regions()).containsExactly("eu-west", "eu-central");
		assertThat(incident.slaExclusion()).isEqualTo(SlaExclusion.FORCE_MAJEURE);
		assertThat(incident.rootCause()).isEqualTo(" a bad deploy ");
		assertThat(incident.remediation()).containsExactly("canary deploys", "alert on 5xx");
		assertThat(incident.detectedAt()).isNull();
		assertThat(incident.customerImpact()).isNull();
	}

	@Test
	void offsetInstantConvertsToUtc() {
		Incident incident = this.check.check(OUTAGE).value();
		assertThat(incident.startedAt()).isEqualTo(Instant.parse("2026-10-03T14:05:00Z"));
	}

	@Test
	void instantWithoutOffsetIsRejected() {
		assertThat(this.check.check(Rows.with(OUTAGE, "detected_at", "2026-10-03T14:05:00")).reason())
			.isEqualTo("detected_at '2026-10-03T14:05:00' is not an ISO-8601 instant with an offset, "
					+ "such as 2026-10-03T14:05:00Z");
	}

	@Test
	void starMeansEveryRegion() {
		Incident incident = this.check.check(Rows.with(OUTAGE, "regions", " * ")).value();
		assertThat(incident.regions()).isEmpty();
		assertThat(incident.allRegions()).isTrue();
	}

	@Test
	void starMixedWithRegionsIsRejected() {
		assertThat(this.check.check(Rows.with(OUTAGE, "regions", "eu-west;*")).reason())
			.isEqualTo("regions 'eu-west;*' mixes '*' with named regions");
	}

	@Test
	void emptyListsAreRejected() {
		assertThat(this.check.check(Rows.with(OUTAGE, "services", " ; ")).reason())
			.isEqualTo("services ';' lists nothing");
		assertThat(this.check.check(Rows.with(OUTAGE, "regions", "")).reason())
			.isEqualTo("regions is required but empty");
	}

	@Test
	void unknownEnumValuesAreRejected() {
		assertThat(this.check.check(Rows.with(OUTAGE, "severity", "sev1")).reason())
			.isEqualTo("severity 'sev1' is not one of SEV1, SEV2, SEV3, SEV4");
		assertThat(this.check.check(Rows.with(OUTAGE, "type", "outage")).reason())
			.isEqualTo("type 'outage' is not one of incident, maintenance");
		assertThat(this.check.check(Rows.with(OUTAGE, "sla_exclusion", "act_of_god")).reason())
			.isEqualTo("sla_exclusion 'act_of_god' is not one of customer_caused, force_majeure");
	}

	@Test
	void resolvedBeforeStartedIsRejected() {
		assertThat(this.check.check(Rows.with(OUTAGE, "resolved_at", "2026-10-03T14:04:59Z")).reason())
			.isEqualTo("resolved_at '2026-10-03T14:04:59Z' is before started_at '2026-10-03T16:05:00+02:00'");
	}

	@Test
	void openIncidentIsAccepted() {
		assertThat(this.check.check(Rows.with(OUTAGE, "resolved_at", null)).value().isResolved()).isFalse();
	}

	@Test
	void duplicateIdIsRejected() {
		assertThat(this.check.check(Rows.with(Rows.at(OUTAGE, 3), "severity", "SEV9")).isAccepted()).isFalse();
		assertThat(this.check.check(Rows.at(OUTAGE, 4)).isAccepted()).isTrue();
		assertThat(this.check.check(Rows.at(OUTAGE, 5)).reason())
			.isEqualTo("duplicate key incident_id=I1 (first accepted at line 4)");
	}

	@Test
	void maintenanceKeepsItsAnnouncement() {
		Incident maintenance = this.check
			.check(Rows.with(OUTAGE, "type", "maintenance", "announced_at", "2026-10-01T09:00:00Z"))
			.value();
		assertThat(maintenance.announcedAt()).isEqualTo(Instant.parse("2026-10-01T09:00:00Z"));
		assertThat(maintenance.remediation()).isEqualTo(List.of());
	}

}
