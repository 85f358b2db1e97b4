package dev.aftercare.reports.pdf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.aftercare.impact.TimelineBuilder;
import dev.aftercare.model.EventKind;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;

/**
 * How an incident was communicated, computed from its timeline: how soon it was noticed
 * and acknowledged in public, the longest public silence while it was open, the channels
 * used, and whether an all-clear followed the resolution.
 * <p>
 * A public message is a public event with a channel: one without a channel records a
 * status (often after the fact, at the instant the impact began) and reached no one.
 *
 * @param toDetection start to detection ({@code detected_at}, else the first
 * {@code detected} event); {@code null} when not recorded
 * @param toAcknowledgement detection (or start, when detection is not recorded) to the
 * first public message; {@code null} when there was none
 * @param longestSilence the longest stretch of the open incident without a public
 * message, from the first message until the resolution; {@code null} when no public
 * message came before the resolution
 * @param target the longest silence the targets accept
 * @param channels the channels public messages went to, in order of first use
 * @param allClear whether a public {@code all_clear} came at or after the resolution
 */
record Scorecard(Duration toDetection, Duration toAcknowledgement, Duration longestSilence, Duration target,
		List<String> channels, boolean allClear) {

	Scorecard {
		channels = List.copyOf(channels);
	}

	static Scorecard of(Incident incident, List<IncidentEvent> events, Duration target) {
		List<IncidentEvent> ordered = events.stream().sorted(TimelineBuilder.TIMELINE_ORDER).toList();
		List<IncidentEvent> published = ordered.stream()
			.filter((event) -> event.isPublic() && event.channel() != null)
			.toList();
		Instant detected = (incident.detectedAt() != null) ? incident.detectedAt()
				: ordered.stream()
					.filter((event) -> event.kind() == EventKind.DETECTED)
					.map(IncidentEvent::occurredAt)
					.findFirst()
					.orElse(null);
		Instant acknowledged = published.isEmpty() ? null : published.get(0).occurredAt();
		Instant from = (detected != null) ? detected : incident.startedAt();
		return new Scorecard((detected != null) ? nonNegative(incident.startedAt(), detected) : null,
				(acknowledged != null) ? nonNegative(from, acknowledged) : null,
				longestSilence(published, incident.startedAt(), incident.resolvedAt()), target,
				published.stream().map(IncidentEvent::channel).filter(Objects::nonNull).distinct().toList(),
				published.stream()
					.anyMatch((event) -> event.kind() == EventKind.ALL_CLEAR
							&& !event.occurredAt().isBefore(incident.resolvedAt())));
	}

	boolean acknowledgementMet() {
		return this.toAcknowledgement != null && this.toAcknowledgement.compareTo(this.target) <= 0;
	}

	boolean silenceMet() {
		return this.longestSilence != null && this.longestSilence.compareTo(this.target) <= 0;
	}

	boolean allMet() {
		return acknowledgementMet() && silenceMet() && this.allClear;
	}

	/**
	 * The targets missed, as keys of {@code internal.scorecard.miss_*} in the wording.
	 */
	List<String> misses() {
		List<String> misses = new ArrayList<>();
		if (this.longestSilence == null) {
			misses.add("miss_no_update");
		}
		if (this.toAcknowledgement != null && !acknowledgementMet()) {
			misses.add("miss_acknowledgement");
		}
		if (this.longestSilence != null && !silenceMet()) {
			misses.add("miss_silence");
		}
		if (!this.allClear) {
			misses.add("miss_all_clear");
		}
		return misses;
	}

	/**
	 * The longest gap between consecutive public messages, each cut to the time the
	 * incident was open: a maintenance announced days ahead is silent from its start on,
	 * not from its announcement.
	 */
	private static Duration longestSilence(List<IncidentEvent> published, Instant start, Instant resolved) {
		Duration longest = null;
		for (int i = 0; i < published.size(); i++) {
			Instant at = published.get(i).occurredAt();
			if (!at.isBefore(resolved)) {
				break;
			}
			Instant next = (i + 1 < published.size() && published.get(i + 1).occurredAt().isBefore(resolved))
					? published.get(i + 1).occurredAt() : resolved;
			if (next.isBefore(start)) {
				continue;
			}
			Duration silence = Duration.between(at.isBefore(start) ? start : at, next);
			if (longest == null || silence.compareTo(longest) > 0) {
				longest = silence;
			}
		}
		return longest;
	}

	private static Duration nonNegative(Instant from, Instant to) {
		Duration duration = Duration.between(from, to);
		return duration.isNegative() ? Duration.ZERO : duration;
	}

}
