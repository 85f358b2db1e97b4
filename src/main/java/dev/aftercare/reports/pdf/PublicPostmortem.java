package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.aftercare.credits.Basis;
import dev.aftercare.impact.IncidentImpact.ScopeTimeline;
import dev.aftercare.model.EventKind;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.model.Status;
import dev.aftercare.model.Visibility;
import dev.aftercare.terms.Goodwill;
import dev.aftercare.terms.PlanTerms;

/**
 * What a customer reads about an incident, and nothing more: it copies the public fields
 * of the incident and its public events, so that no root cause, internal event or
 * customer name can reach a public document through it.
 *
 * @param regions the regions of the scope, empty for every region
 * @param affectedCustomers how many customers it affected, a count only
 * @param timeline the public events, in order
 * @param scopes the status of each service and region over time
 */
record PublicPostmortem(String incidentId, String title, Severity severity, IncidentType type, List<String> services,
		List<String> regions, Instant startedAt, Instant resolvedAt, long affectedCustomers, String customerImpact,
		String publicCause, String workaround, List<String> remediation, List<TimelineEntry> timeline,
		List<ScopeTimeline> scopes, Compensation compensation) {

	PublicPostmortem {
		services = List.copyOf(services);
		regions = List.copyOf(regions);
		remediation = List.copyOf(remediation);
		timeline = List.copyOf(timeline);
		scopes = List.copyOf(scopes);
	}

	Duration duration() {
		return Duration.between(this.startedAt, this.resolvedAt);
	}

	/** One line of a timeline. */
	record TimelineEntry(Instant at, EventKind kind, Status status, List<String> services, List<String> regions,
			String channel, Visibility visibility, String author, String message) {

		static TimelineEntry of(IncidentEvent event) {
			return new TimelineEntry(event.occurredAt(), event.kind(), event.status(), event.services(),
					event.regions(), event.channel(), event.visibility(), event.author(), event.message());
		}

	}

	/**
	 * The credits side: why the incident does not count, if it does not, the rates that
	 * applied to the subscriptions it affected, and the schedules behind them.
	 *
	 * @param exclusionReason {@code customer_caused}, {@code force_majeure},
	 * {@code announced_maintenance}, or {@code null} when it counts
	 * @param schedules the SLA schedules of the plans among {@code rates}
	 * @param goodwill whether a goodwill rate is among {@code rates}, and so the rule is
	 * told
	 */
	record Compensation(String exclusionReason, List<CreditRate> rates, List<PlanSchedule> schedules,
			Goodwill goodwill) {

		Compensation {
			rates = List.copyOf(rates);
			schedules = List.copyOf(schedules);
		}

	}

	/** A credit rate that applied, and to how many subscriptions. */
	record CreditRate(String plan, Basis basis, BigDecimal creditPercent, long subscriptions) {
	}

	/** A plan's SLA schedule, as the terms give it. */
	record PlanSchedule(String plan, PlanTerms terms) {
	}

}
