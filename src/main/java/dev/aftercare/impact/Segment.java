package dev.aftercare.impact;

import java.time.Instant;

import dev.aftercare.model.Interval;
import dev.aftercare.model.Status;

/**
 * A stretch of time {@code [from, to)} during which a service in a region had one status.
 */
public record Segment(Instant from, Instant to, Status status) {

	public Interval interval() {
		return new Interval(this.from, this.to);
	}

}
