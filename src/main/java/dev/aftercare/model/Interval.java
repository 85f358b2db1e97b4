package dev.aftercare.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A half-open span of time {@code [from, to)}; {@link Instant#MAX} stands for "no end
 * yet".
 */
public record Interval(Instant from, Instant to) {

	public static Interval of(YearMonth month) {
		return new Interval(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
				month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	public boolean isEmpty() {
		return !this.from.isBefore(this.to);
	}

	public Interval intersect(Interval other) {
		Instant start = this.from.isAfter(other.from) ? this.from : other.from;
		Instant end = this.to.isBefore(other.to) ? this.to : other.to;
		return new Interval(start, end.isBefore(start) ? start : end);
	}

	public boolean overlaps(Interval other) {
		return !intersect(other).isEmpty();
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(this.from) && instant.isBefore(this.to);
	}

	/** The exact length in seconds, nanoseconds included; zero when empty. */
	public BigDecimal seconds() {
		if (isEmpty()) {
			return BigDecimal.ZERO;
		}
		Duration length = Duration.between(this.from, this.to);
		return BigDecimal.valueOf(length.getSeconds()).add(BigDecimal.valueOf(length.getNano(), 9));
	}

}
