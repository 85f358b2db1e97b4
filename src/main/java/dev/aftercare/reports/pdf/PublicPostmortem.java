package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

	/**
	 * One line of a timeline: one event, or the same message sent at the same instant to
	 * several channels.
	 *
	 * @param channels where it went, in timeline order; empty for an event that records a
	 * status and was sent nowhere
	 */
	record TimelineEntry(Instant at, EventKind kind, Status status, List<String> services, List<String> regions,
			List<String> channels, Visibility visibility, String author, String message) {

		TimelineEntry {
			channels = List.copyOf(channels);
		}

		/** The events in timeline order, one message sent to several channels as one. */
		static List<TimelineEntry> of(List<IncidentEvent> ordered) {
			List<TimelineEntry> entries = new ArrayList<>();
			for (IncidentEvent event : ordered) {
				TimelineEntry entry = new TimelineEntry(event.occurredAt(), event.kind(), event.status(),
						event.services(), event.regions(),
						(event.channel() != null) ? List.of(event.channel()) : List.of(), event.visibility(),
						event.author(), event.message());
				int last = entries.size() - 1;
				if (last >= 0 && entries.get(last).sameMessage(entry)) {
					List<String> channels = new ArrayList<>(entries.get(last).channels());
					entry.channels().stream().filter((channel) -> !channels.contains(channel)).forEach(channels::add);
					entry = entries.remove(last).withChannels(channels);
				}
				entries.add(entry);
			}
			return entries;
		}

		private boolean sameMessage(TimelineEntry other) {
			return this.at.equals(other.at) && this.kind == other.kind && this.status == other.status
					&& this.services.equals(other.services) && this.regions.equals(other.regions)
					&& this.visibility == other.visibility && Objects.equals(this.author, other.author)
					&& Objects.equals(this.message, other.message);
		}

		private TimelineEntry withChannels(List<String> channels) {
			return new TimelineEntry(this.at, this.kind, this.status, this.services, this.regions, channels,
					this.visibility, this.author, this.message);
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
