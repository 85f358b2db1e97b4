package dev.aftercare.ingest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.model.SlaExclusion;

/** Checks a row of {@code incidents.csv}. */
public final class IncidentRowCheck {

	private static final List<String> SEVERITIES = Arrays.stream(Severity.values()).map(Severity::code).toList();

	private static final List<String> TYPES = Arrays.stream(IncidentType.values()).map(IncidentType::code).toList();

	private static final List<String> EXCLUSIONS = Arrays.stream(SlaExclusion.values())
		.map(SlaExclusion::code)
		.toList();

	private final AcceptedKeys<String> ids;

	public IncidentRowCheck(Known known) {
		this.ids = new AcceptedKeys<>(known::incidentLine);
	}

	public Checked<Incident> check(CsvRow row) {
		return Checked.of(() -> {
			Cells cells = new Cells(row);
			String id = cells.required("incident_id");
			String title = cells.requiredText("title");
			Severity severity = cells.requiredCode("severity", Severity::fromCode, SEVERITIES);
			IncidentType type = cells.requiredCode("type", IncidentType::fromCode, TYPES);
			List<String> services = cells.requiredList("services");
			List<String> regions = regions(cells);
			Instant startedAt = cells.requiredInstant("started_at");
			Instant detectedAt = cells.instant("detected_at");
			Instant resolvedAt = cells.instant("resolved_at");
			if (resolvedAt != null && resolvedAt.isBefore(startedAt)) {
				throw new RowRejection("resolved_at '" + cells.optional("resolved_at") + "' is before started_at '"
						+ cells.optional("started_at") + "'");
			}
			Instant announcedAt = cells.instant("announced_at");
			SlaExclusion exclusion = cells.code("sla_exclusion", SlaExclusion::fromCode, EXCLUSIONS);
			Incident incident = new Incident(id, title, severity, type, services, regions, startedAt, detectedAt,
					resolvedAt, announcedAt, exclusion, cells.text("customer_impact"), cells.text("public_cause"),
					cells.text("root_cause"), cells.text("workaround"), cells.list("remediation"));
			this.ids.claim(id, row.line(), "incident_id=" + id);
			return incident;
		});
	}

	/** Named regions, or {@code *} for all of them (an empty list). */
	private static List<String> regions(Cells cells) {
		cells.requiredList("regions");
		return cells.regions("regions");
	}

}
