package dev.aftercare.credits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.model.Customer;
import dev.aftercare.model.EventKind;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.model.SlaExclusion;
import dev.aftercare.model.Status;
import dev.aftercare.model.Subscription;
import dev.aftercare.model.Visibility;
import dev.aftercare.terms.Terms;
import dev.aftercare.terms.TermsLoader;

/** Small builders for the rule tests: the default terms, incidents and subscriptions. */
final class Fixtures {

	static final Terms TERMS = new TermsLoader().loadDefault();

	private Fixtures() {
	}

	static Instant at(String instant) {
		return Instant.parse(instant);
	}

	static Incident incident(String id, IncidentType type, String start, String end, SlaExclusion exclusion,
			String announced) {
		return new Incident(id, "Title " + id, Severity.SEV2, type, List.of("api"), List.of("eu-west"), at(start), null,
				(end != null) ? at(end) : null, (announced != null) ? at(announced) : null, exclusion, null, null, null,
				null, List.of());
	}

	static Incident outage(String id, String start, String end) {
		return incident(id, IncidentType.INCIDENT, start, end, null, null);
	}

	static IncidentEvent status(String incidentId, long line, String at, Status status) {
		return new IncidentEvent(incidentId, line, at(at), EventKind.STATUS, status, List.of(), List.of(),
				Visibility.PUBLIC, "status_page", null, null);
	}

	static IncidentImpact impact(Incident incident, IncidentEvent... events) {
		return new IncidentImpact(incident, Arrays.asList(events), TERMS);
	}

	static Customer customer(String plan, String currency) {
		return new Customer("C1", "Zoë's Café", plan, currency, null, null, null, "email", null);
	}

	static Subscription subscription(String fee, String startedOn, String endedOn) {
		return new Subscription("C1", "api", "eu-west", new BigDecimal(fee), fee, LocalDate.parse(startedOn),
				(endedOn != null) ? LocalDate.parse(endedOn) : null);
	}

}
