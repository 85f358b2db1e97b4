package dev.aftercare.ingest;

import java.time.Instant;
import java.util.List;

import dev.aftercare.model.Customer;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;

/** A run that has accepted two customers and two incidents. */
final class Fixtures {

	static final Incident API_EU = new Incident("I1", "API down", Severity.SEV1, IncidentType.INCIDENT,
			List.of("api", "web"), List.of("eu-west", "eu-central"), Instant.parse("2026-10-03T14:00:00Z"), null,
			Instant.parse("2026-10-03T16:00:00Z"), null, null, null, null, null, null, List.of());

	static final Incident EVERYWHERE = new Incident("I2", "DNS", Severity.SEV2, IncidentType.INCIDENT, List.of("dns"),
			List.of(), Instant.parse("2026-10-04T14:00:00Z"), null, null, null, null, null, null, null, null,
			List.of());

	private Fixtures() {
	}

	static InMemoryKnown known() {
		return new InMemoryKnown()
			.addCustomer(new Customer("C1", "Ada", "pro", "USD", null, null, null, "email", null), 2)
			.addCustomer(new Customer("C2", "Yamada", "pro", "JPY", null, null, null, "email", null), 3)
			.addIncident(API_EU, 2)
			.addIncident(EVERYWHERE, 3);
	}

}
