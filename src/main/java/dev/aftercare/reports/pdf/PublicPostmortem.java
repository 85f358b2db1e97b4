package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param published the day the postmortem was written
 * @param affectedCustomers how many customers it affected, a count only
 * @param timeline the public updates we posted, in order: public events with a message
 * @param scopes the status over time of each service and region whose status changed
 * @param longOutage whether some service and region had a major outage at least as long
 * as the terms' goodwill minimum, which the apology owns up to
 */
record PublicPostmortem(String incidentId, String title, Severity severity, IncidentType type, List<String> services,
		List<String> regions, Instant startedAt, Instant resolvedAt, LocalDate published, long affectedCustomers,
		String customerImpact, String publicCause, String workaround, List<String> remediation,
		List<TimelineEntry> timeline, List<ScopeTimeline> scopes, boolean longOutage, Compensation compensation) {

	/**
	 * Statuses from what customers could least do to what they could most: the first one
	 * the impact shows sets the words of the summary, the severity and the apology.
	 */
	static final List<Status> WORST_FIRST = List.of(Status.MAJOR_OUTAGE, Status.UNDER_MAINTENANCE,
			Status.PARTIAL_OUTAGE, Status.DEGRADED_PERFORMANCE);

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

	boolean isMaintenance() {
		return this.type == IncidentType.MAINTENANCE;
	}

	/** The worst status the status events show anywhere, empty when none changed. */
	Optional<Status> worstStatus() {
		return worstOf(this.scopes);
	}

	static Optional<Status> worstOf(List<ScopeTimeline> scopes) {
		return WORST_FIRST.stream()
			.filter((status) -> scopes.stream()
				.flatMap((scope) -> scope.timeline().segments().stream())
				.anyMatch((segment) -> segment.status() == status))
			.findFirst();
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

		/**
		 * Whether it is an update we posted: a status change without a message told
		 * customers nothing.
		 */
		boolean isUpdate() {
			return this.message != null && !this.message.isBlank();
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
	 * @param goodwill the terms' goodwill rule when a goodwill rate is among
	 * {@code rates}, and so the rule is told, else {@code null}
	 * @param weights how the terms count a minute of each status, to tell the goodwill
	 * rule as they apply it
	 */
	record Compensation(String exclusionReason, List<CreditRate> rates, List<PlanSchedule> schedules, Goodwill goodwill,
			Map<Status, BigDecimal> weights) {

		Compensation {
			rates = List.copyOf(rates);
			schedules = List.copyOf(schedules);
			weights = Map.copyOf(weights);
		}

		boolean excluded() {
			return this.exclusionReason != null;
		}

	}

	/**
	 * A credit rate that applied, and to how many subscriptions: a count for internal
	 * readers only, since a small one could point at one customer.
	 */
	record CreditRate(String plan, Basis basis, BigDecimal creditPercent, long subscriptions) {
	}

	/** A plan's SLA schedule, as the terms give it. */
	record PlanSchedule(String plan, PlanTerms terms) {
	}

}
