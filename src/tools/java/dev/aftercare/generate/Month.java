package dev.aftercare.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The generated month and the days around it: the lookback before it, which usage covers,
 * and the first day after it.
 */
final class Month {

	/**
	 * Usage starts this many days before the period: more than the terms' lookback of 7.
	 */
	static final int USAGE_DAYS_BEFORE = 10;

	private final YearMonth period;

	Month(YearMonth period) {
		this.period = period;
	}

	YearMonth period() {
		return this.period;
	}

	LocalDate first() {
		return this.period.atDay(1);
	}

	LocalDate last() {
		return this.period.atEndOfMonth();
	}

	int days() {
		return this.period.lengthOfMonth();
	}

	Instant start() {
		return first().atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	/** The first instant after the period. */
	Instant end() {
		return last().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	LocalDate usageFrom() {
		return first().minusDays(USAGE_DAYS_BEFORE);
	}

	/**
	 * {@code hh:mm} UTC on day {@code day} of the period; 0 is the last day before it.
	 */
	Instant at(int day, String time) {
		return first().plusDays(day - 1L).atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
	}

	Instant atLastDay(String time) {
		return at(days(), time);
	}

	/** Day {@code day} of the period as people write it, such as "19 October". */
	String dayName(int day) {
		LocalDate date = first().plusDays(day - 1L);
		return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	/** A compact stamp for ids, such as {@code 202610}. */
	String stamp() {
		return String.format(Locale.ROOT, "%04d%02d", this.period.getYear(), this.period.getMonthValue());
	}

}
