package dev.aftercare.impact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.Status;

/**
 * Builds the status timeline of one incident for one service and region, as the
 * contract's "Impact" section says: without status events the whole scope is down for the
 * incident's duration; otherwise the status starts operational and each status event that
 * names the service and region sets it from its instant on, cut to
 * {@code [started_at, resolved_at)}.
 */
public final class TimelineBuilder {

	/** Events at the same instant keep file order. */
	public static final Comparator<IncidentEvent> TIMELINE_ORDER = Comparator.comparing(IncidentEvent::occurredAt)
		.thenComparingLong(IncidentEvent::line);

	private TimelineBuilder() {
	}

	/**
	 * @param incident a resolved incident whose scope holds the service and region
	 * @param statusEvents all of the incident's status events, in any order
	 */
	public static StatusTimeline build(Incident incident, List<IncidentEvent> statusEvents, String service,
			String region) {
		Instant start = incident.startedAt();
		Instant end = incident.resolvedAt();
		if (!start.isBefore(end)) {
			return new StatusTimeline(List.of());
		}
		if (statusEvents.isEmpty()) {
			return new StatusTimeline(List.of(new Segment(start, end, incident.type().statusWithoutEvents())));
		}
		List<IncidentEvent> ordered = statusEvents.stream()
			.filter((event) -> event.appliesTo(service, region))
			.sorted(TIMELINE_ORDER)
			.toList();
		List<Segment> segments = new ArrayList<>();
		Status current = Status.OPERATIONAL;
		Instant since = start;
		for (IncidentEvent event : ordered) {
			Instant at = event.occurredAt();
			if (!at.isBefore(end)) {
				break;
			}
			if (at.isAfter(since)) {
				append(segments, since, at, current);
				since = at;
			}
			current = event.status();
		}
		append(segments, since, end, current);
		return new StatusTimeline(segments);
	}

	private static void append(List<Segment> segments, Instant from, Instant to, Status status) {
		if (status == Status.OPERATIONAL || !from.isBefore(to)) {
			return;
		}
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).to().equals(from) && segments.get(last).status() == status) {
			segments.set(last, new Segment(segments.get(last).from(), to, status));
		}
		else {
			segments.add(new Segment(from, to, status));
		}
	}

}
