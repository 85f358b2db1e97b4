package dev.aftercare.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the month's incidents did to each service and region: their impact windows, for
 * tickets, and per day how much traffic was lost or failed, for usage. It follows the
 * contract's status rules so that usage and tickets match what the job will find.
 */
final class ImpactCalendar {

	private static final double SECONDS_PER_DAY = 86_400;

	private final Month month;

	private final int days;

	private final Map<String, List<Window>> windows = new HashMap<>();

	private final Map<String, double[]> lost = new HashMap<>();

	private final Map<String, double[]> failing = new HashMap<>();

	ImpactCalendar(List<GeneratedIncident> incidents, Month month) {
		this.month = month;
		this.days = (int) ChronoUnit.DAYS.between(month.usageFrom(), month.last()) + 1;
		for (GeneratedIncident incident : incidents) {
			for (String service : incident.services()) {
				for (String region : Catalog.REGIONS) {
					if (incident.inScope(service, region)) {
						add(incident, service, region, StatusSegments.of(incident, service, region, month.end()));
					}
				}
			}
		}
	}

	/** The incidents with a non-empty impact window on this service and region. */
	List<Window> windows(String service, String region) {
		return this.windows.getOrDefault(key(service, region), List.of());
	}

	/** The share of a day's usual traffic that never arrived. */
	double lost(String service, String region, LocalDate date) {
		return Math.min(1.0, share(this.lost, service, region, date));
	}

	/** The share of a day's usual traffic that arrived and failed. */
	double failing(String service, String region, LocalDate date) {
		return Math.min(1.0, share(this.failing, service, region, date));
	}

	private double share(Map<String, double[]> shares, String service, String region, LocalDate date) {
		double[] byDay = shares.get(key(service, region));
		int day = (int) ChronoUnit.DAYS.between(this.month.usageFrom(), date);
		return (byDay == null || day < 0 || day >= this.days) ? 0 : byDay[day];
	}

	private void add(GeneratedIncident incident, String service, String region, List<StatusSegments.Segment> segments) {
		if (segments.isEmpty()) {
			return;
		}
		String key = key(service, region);
		this.windows.computeIfAbsent(key, (k) -> new ArrayList<>())
			.add(new Window(incident, segments.get(0).from(), segments.get(segments.size() - 1).to()));
		double[] lostByDay = this.lost.computeIfAbsent(key, (k) -> new double[this.days]);
		double[] failingByDay = this.failing.computeIfAbsent(key, (k) -> new double[this.days]);
		for (StatusSegments.Segment segment : segments) {
			double lostShare = switch (segment.status()) {
				case "major_outage", "under_maintenance" -> 0.9;
				case "partial_outage" -> 0.2;
				default -> 0;
			};
			double failingShare = switch (segment.status()) {
				case "major_outage", "under_maintenance" -> 0.1;
				case "partial_outage" -> 0.3;
				default -> 0.01;
			};
			spread(segment.from(), segment.to(), lostShare, lostByDay);
			spread(segment.from(), segment.to(), failingShare, failingByDay);
		}
	}

	private void spread(Instant from, Instant to, double share, double[] byDay) {
		LocalDate date = from.atOffset(ZoneOffset.UTC).toLocalDate();
		while (date.atStartOfDay().toInstant(ZoneOffset.UTC).isBefore(to)) {
			Instant dayStart = date.atStartOfDay().toInstant(ZoneOffset.UTC);
			Instant dayEnd = dayStart.plus(1, ChronoUnit.DAYS);
			Instant overlapStart = from.isAfter(dayStart) ? from : dayStart;
			Instant overlapEnd = to.isBefore(dayEnd) ? to : dayEnd;
			int day = (int) ChronoUnit.DAYS.between(this.month.usageFrom(), date);
			if (day >= 0 && day < this.days) {
				byDay[day] += share * ChronoUnit.SECONDS.between(overlapStart, overlapEnd) / SECONDS_PER_DAY;
			}
			date = date.plusDays(1);
		}
	}

	private static String key(String service, String region) {
		return service + "/" + region;
	}

	/** An incident's impact window on one service and region. */
	record Window(GeneratedIncident incident, Instant start, Instant end) {
	}

}
