package dev.aftercare.reports.pdf;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Instants and durations as the documents print them: UTC first, then the display time
 * zone when it is another one.
 */
final class TimeText {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	private final ZoneId zone;

	TimeText(ZoneId zone) {
		this.zone = zone;
	}

	ZoneId zone() {
		return this.zone;
	}

	/** Whether documents show a second, local time next to UTC. */
	boolean showsLocal() {
		return !this.zone.normalized().equals(ZoneOffset.UTC);
	}

	/** {@code 2026-10-03 14:05 UTC}. */
	String utc(Instant instant) {
		return in(instant, ZoneOffset.UTC) + " UTC";
	}

	/** {@code 2026-10-03 16:05 CEST}, in the display time zone. */
	String local(Instant instant) {
		return in(instant, this.zone) + " " + ZONE.format(instant.atZone(this.zone));
	}

	/**
	 * UTC, then the local time in brackets when the display zone is another; its date
	 * only when it is another day there.
	 */
	String both(Instant instant) {
		if (!showsLocal()) {
			return utc(instant);
		}
		boolean sameDay = instant.atZone(ZoneOffset.UTC).toLocalDate().equals(instant.atZone(this.zone).toLocalDate());
		String local = sameDay ? TIME.format(instant.atZone(this.zone)) + " " + ZONE.format(instant.atZone(this.zone))
				: local(instant);
		return utc(instant) + " (" + local + ")";
	}

	/** {@code 2026-10-03 14:05 to 16:10 UTC}; the end's date shows when it differs. */
	String windowUtc(Instant from, Instant to) {
		return window(from, to, ZoneOffset.UTC, "UTC");
	}

	/** The same window in the display time zone. */
	String windowLocal(Instant from, Instant to) {
		return window(from, to, this.zone, ZONE.format(to.atZone(this.zone)));
	}

	/** {@code 14:05} in UTC, or with the date when {@code withDate}. */
	static String utcClock(Instant instant, boolean withDate) {
		return (withDate ? DATE_TIME : TIME).format(instant.atZone(ZoneOffset.UTC));
	}

	/**
	 * {@code 2 h 5 min}, {@code 45 min}, {@code 1 h}, {@code 3 d 10 min}, to the nearest
	 * minute.
	 */
	static String duration(Duration duration) {
		long minutes = (duration.getSeconds() + 30) / 60;
		if (minutes == 0) {
			return duration.isZero() ? "0 min" : "under 1 min";
		}
		StringJoiner text = new StringJoiner(" ");
		part(text, minutes / 1440, "d");
		part(text, (minutes % 1440) / 60, "h");
		part(text, minutes % 60, "min");
		return text.toString();
	}

	private static void part(StringJoiner text, long value, String unit) {
		if (value > 0) {
			text.add(value + " " + unit);
		}
	}

	private static String window(Instant from, Instant to, ZoneId zone, String zoneName) {
		String start = in(from, zone);
		String end = from.atZone(zone).toLocalDate().equals(to.atZone(zone).toLocalDate())
				? TIME.format(to.atZone(zone)) : in(to, zone);
		return start + " to " + end + " " + zoneName;
	}

	private static String in(Instant instant, ZoneId zone) {
		return DATE_TIME.format(instant.atZone(zone));
	}

}
