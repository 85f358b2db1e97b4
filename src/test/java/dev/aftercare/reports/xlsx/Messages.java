package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.reports.ReportResources;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.reports.xlsx.FollowUpCustomer.Hit;
import dev.aftercare.reports.xlsx.FollowUpCustomer.Place;

/** Customers, incidents and a drafter over the bundled templates, for the tests. */
final class Messages {

	static final Incident OUTAGE = new Incident("INC-1", "API unavailable in eu-west", Severity.SEV1,
			IncidentType.INCIDENT, List.of("api"), List.of("eu-west"), Instant.parse("2026-10-03T14:00:00Z"), null,
			Instant.parse("2026-10-03T20:00:00Z"), null, null, "API requests failed.", "A certificate expired.",
			"SECRET-ROOT lb-7", "Use the eu-central endpoint.", List.of("Renew certificates automatically"));

	static final Incident SLOW = new Incident("INC-2", "Slow website", Severity.SEV3, IncidentType.INCIDENT,
			List.of("web"), List.of("us-east"), Instant.parse("2026-10-10T08:00:00Z"), null,
			Instant.parse("2026-10-10T09:00:00Z"), null, null, null, null, "SECRET-ROOT-2", null, List.of());

	static final Incident UPGRADE = new Incident("INC-3", "Planned database upgrade", Severity.SEV4,
			IncidentType.MAINTENANCE, List.of("web"), List.of("us-east"), Instant.parse("2026-10-20T01:00:00Z"), null,
			Instant.parse("2026-10-20T03:00:00Z"), Instant.parse("2026-10-12T09:00:00Z"), null, "Read-only.", null,
			null, null, List.of());

	static final ReportSettings SETTINGS = settings(Path.of("reports"));

	private Messages() {
	}

	static ReportSettings settings(Path directory) {
		return new ReportSettings(directory, "Example Cloud", "support@example.com", "https://example.com/feedback",
				"UTC", "#1F4E79", 60);
	}

	static MessageDrafter drafter() {
		ReportResources resources = new ReportResources(SETTINGS.directory());
		Map<String, Incident> incidents = new HashMap<>(
				Map.of(OUTAGE.incidentId(), OUTAGE, SLOW.incidentId(), SLOW, UPGRADE.incidentId(), UPGRADE));
		// three more like the outage, each with a long workaround, for a customer hit
		// often
		for (int i = 4; i <= 6; i++) {
			Instant start = OUTAGE.startedAt().plus(Duration.ofDays(i * 3));
			incidents.put("INC-" + i,
					new Incident("INC-" + i, "API errors in eu-west, part " + i, Severity.SEV2, IncidentType.INCIDENT,
							OUTAGE.services(), OUTAGE.regions(), start, null, start.plusSeconds(7200), null, null,
							OUTAGE.customerImpact(), OUTAGE.publicCause(), "SECRET-ROOT", "Retry. ".repeat(20),
							OUTAGE.remediation()));
		}
		return new MessageDrafter(MessageTemplates.load(resources), MessageNames.load(resources), SETTINGS,
				YearMonth.of(2026, 10), incidents, Set.of(UPGRADE.incidentId()));
	}

	static FollowUpCustomer customer(String id, String name, int priority, String currency, String credit, String basis,
			String... incidentIds) {
		List<Hit> hits = java.util.Arrays.stream(incidentIds)
			.map((incidentId) -> new Hit(incidentId,
					List.of(incidentId.equals("INC-1") ? new Place("api", "eu-west") : new Place("web", "us-east")),
					new BigDecimal("21600")))
			.toList();
		return new FollowUpCustomer(priority, id, name, "Anna Berg", id.toLowerCase() + "@example.com",
				"+49 30 1234567", "email", "Max Weber", currency, hits, new BigDecimal("360.00"),
				new BigDecimal(credit), new BigDecimal("10"), basis, 1, null, null);
	}

}
