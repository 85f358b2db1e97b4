package dev.aftercare.credits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import dev.aftercare.impact.Segment;
import dev.aftercare.impact.StatusTimeline;
import dev.aftercare.model.Interval;
import dev.aftercare.model.Status;

/**
 * Weighted downtime over several incidents at once: at each instant the largest weight
 * among the incidents' statuses counts, so overlapping incidents never add up.
 */
public final class Downtime {

	private Downtime() {
	}

	/** Seconds of weighted downtime within {@code span}, exactly. */
	public static BigDecimal weightedSeconds(List<StatusTimeline> timelines, Function<Status, BigDecimal> weight,
			Interval span) {
		TreeSet<Instant> boundaries = new TreeSet<>();
		for (StatusTimeline timeline : timelines) {
			for (Segment segment : timeline.segments()) {
				Interval inside = segment.interval().intersect(span);
				if (!inside.isEmpty()) {
					boundaries.add(inside.from());
					boundaries.add(inside.to());
				}
			}
		}
		BigDecimal total = BigDecimal.ZERO;
		Instant previous = null;
		for (Instant boundary : boundaries) {
			if (previous != null) {
				BigDecimal heaviest = heaviestAt(previous, timelines, weight);
				if (heaviest.signum() > 0) {
					total = total.add(new Interval(previous, boundary).seconds().multiply(heaviest));
				}
			}
			previous = boundary;
		}
		return total;
	}

	private static BigDecimal heaviestAt(Instant instant, List<StatusTimeline> timelines,
			Function<Status, BigDecimal> weight) {
		BigDecimal heaviest = BigDecimal.ZERO;
		for (StatusTimeline timeline : timelines) {
			for (Segment segment : timeline.segments()) {
				if (segment.interval().contains(instant)) {
					heaviest = heaviest.max(weight.apply(segment.status()));
				}
			}
		}
		return heaviest;
	}

}
