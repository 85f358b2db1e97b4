package dev.aftercare.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.aftercare.model.Interval;
import dev.aftercare.model.Status;

/**
 * The non-operational stretches of one incident for one service and region, in time order
 * and never overlapping. Together they are the impact window: the instants whose status
 * is not operational.
 */
public record StatusTimeline(List<Segment> segments) {

	public StatusTimeline {
		segments = List.copyOf(segments);
	}

	public boolean isEmpty() {
		return this.segments.isEmpty();
	}

	/** The first instant of the impact window. */
	public Optional<Instant> start() {
		return this.segments.stream().findFirst().map(Segment::from);
	}

	/** The end (exclusive) of the last instant of the impact window. */
	public Optional<Instant> end() {
		return isEmpty() ? Optional.empty() : Optional.of(this.segments.get(this.segments.size() - 1).to());
	}

	/** Whether some instant of the impact window lies in {@code span}. */
	public boolean meets(Interval span) {
		return this.segments.stream().anyMatch((segment) -> segment.interval().overlaps(span));
	}

	/**
	 * Seconds of the impact window that lie in {@code span}, each status counted fully.
	 */
	public BigDecimal secondsWithin(Interval span) {
		return weightedSecondsWithin(span, (status) -> BigDecimal.ONE);
	}

	/**
	 * Seconds of the impact window that lie in {@code span}, each weighted by its status.
	 */
	public BigDecimal weightedSecondsWithin(Interval span, Function<Status, BigDecimal> weight) {
		BigDecimal total = BigDecimal.ZERO;
		for (Segment segment : this.segments) {
			total = total.add(segment.interval().intersect(span).seconds().multiply(weight.apply(segment.status())));
		}
		return total;
	}

}
