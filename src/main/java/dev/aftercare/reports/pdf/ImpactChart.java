package dev.aftercare.reports.pdf;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import dev.aftercare.impact.IncidentImpact.ScopeTimeline;
import dev.aftercare.impact.Segment;
import dev.aftercare.model.Status;

/**
 * The picture of an incident's impact: one row per service and region, its status over
 * time in the status colours, with a time axis in UTC (and the display time zone) and a
 * legend. Drawn as vector graphics.
 */
final class ImpactChart {

	/** The statuses a chart shows, in the legend's order. */
	static final List<Status> STATUSES = List.of(Status.MAJOR_OUTAGE, Status.PARTIAL_OUTAGE,
			Status.DEGRADED_PERFORMANCE, Status.UNDER_MAINTENANCE);

	/** Rows per chart; a larger scope gets several charts, so that each fits a page. */
	static final int ROWS_PER_CHART = 30;

	private static final float ROW = 16;

	private static final float BAR = 10;

	private static final float LABEL = 150;

	private static final float SIZE = 7.5f;

	private static final float AXIS_LINE = 10;

	private static final float LEGEND = 16;

	private static final List<Duration> STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
			Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
			Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
			Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7));

	private static final int MAX_TICKS = 7;

	private final ReportKit kit;

	private final float width;

	ImpactChart(ReportKit kit, float width) {
		this.kit = kit;
		this.width = width;
	}

	/**
	 * The charts of {@code scopes} over {@code [from, to)}, the legend under the last.
	 */
	List<Image> draw(PdfWriter writer, List<ScopeTimeline> scopes, Instant from, Instant to) {
		List<List<ScopeTimeline>> parts = ChartCanvas.parts(scopes, ROWS_PER_CHART);
		List<Image> charts = new ArrayList<>();
		for (List<ScopeTimeline> rows : parts) {
			charts.add(chart(writer, rows, scopes, from, to, charts.size() == parts.size() - 1));
		}
		return charts;
	}

	private Image chart(PdfWriter writer, List<ScopeTimeline> rows, List<ScopeTimeline> all, Instant from, Instant to,
			boolean legend) {
		float axis = AXIS_LINE * (this.kit.time().showsLocal() ? 2 : 1) + 8;
		float height = rows.size() * ROW + axis + (legend ? LEGEND : 0) + 4;
		ChartCanvas canvas = new ChartCanvas(writer, this.kit, this.width, height);
		float plot = this.width - LABEL - 6;
		float axisTop = (legend ? LEGEND : 0) + axis;
		double span = Duration.between(from, to).toMillis();
		PostmortemText text = new PostmortemText(this.kit);
		for (int i = 0; i < rows.size(); i++) {
			ScopeTimeline row = rows.get(i);
			float y = height - (i + 1) * ROW;
			canvas.text(canvas.fit(text.scope(row, all), SIZE, LABEL - 6), 0, y + 4, SIZE, PdfContentByte.ALIGN_LEFT,
					ReportKit.TEXT, false);
			canvas.box(LABEL, y + (ROW - BAR) / 2, plot, BAR, ReportKit.SHADE);
			for (Segment segment : row.timeline().segments()) {
				float x1 = LABEL + (float) (plot * Duration.between(from, segment.from()).toMillis() / span);
				float x2 = LABEL + (float) (plot * Duration.between(from, segment.to()).toMillis() / span);
				canvas.box(x1, y + (ROW - BAR) / 2, Math.max(0.6f, x2 - x1), BAR,
						this.kit.wording().statusColour(segment.status()));
			}
		}
		canvas.line(LABEL, axisTop, LABEL + plot, axisTop, ReportKit.MUTED, 0.6f, false);
		axis(canvas, from, to, plot, axisTop, height);
		if (legend) {
			legend(canvas);
		}
		return canvas.image();
	}

	private void axis(ChartCanvas canvas, Instant from, Instant to, float plot, float axisTop, float height) {
		Duration range = Duration.between(from, to);
		// as many ticks as their labels leave room for, dates included where they show
		boolean dated = spansDays(from, to, ZoneOffset.UTC) || spansDays(from, to, this.kit.time().zone());
		float label = canvas.width(dated ? "00-00 00:00" : "00:00", SIZE) + 14;
		int maxTicks = Math.max(2, Math.min(MAX_TICKS, (int) (plot / label)));
		Duration step = STEPS.stream()
			.filter((candidate) -> range.toSeconds() / candidate.toSeconds() < maxTicks)
			.findFirst()
			.orElse(STEPS.get(STEPS.size() - 1));
		long stepSeconds = step.toSeconds();
		long firstTick = Math.floorDiv(from.getEpochSecond() + stepSeconds - 1, stepSeconds) * stepSeconds;
		List<Instant> ticks = new ArrayList<>();
		for (long second = firstTick; second <= to.getEpochSecond(); second += stepSeconds) {
			ticks.add(Instant.ofEpochSecond(second));
		}
		if (ticks.size() < 2) {
			ticks = List.of(from, to);
		}
		boolean local = this.kit.time().showsLocal();
		ZoneId zone = this.kit.time().zone();
		canvas.text("UTC", 0, axisTop - 10, SIZE, PdfContentByte.ALIGN_LEFT, ReportKit.MUTED, true);
		if (local) {
			canvas.text(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(from.atZone(zone)), 0, axisTop - 20,
					SIZE, PdfContentByte.ALIGN_LEFT, ReportKit.MUTED, true);
		}
		boolean datesUtc = spansDays(from, to, ZoneOffset.UTC) || stepSeconds >= 86400;
		boolean datesLocal = spansDays(from, to, zone) || stepSeconds >= 86400;
		double span = range.toMillis();
		for (Instant tick : ticks) {
			float x = LABEL + (float) (plot * Duration.between(from, tick).toMillis() / span);
			canvas.line(x, axisTop, x, height - 2, ReportKit.RULE, 0.4f, true);
			canvas.centred(clock(tick, ZoneOffset.UTC, datesUtc), x, axisTop - 10, SIZE, ReportKit.TEXT);
			if (local) {
				canvas.centred(clock(tick, zone, datesLocal), x, axisTop - 20, SIZE, ReportKit.MUTED);
			}
		}
	}

	private void legend(ChartCanvas canvas) {
		float x = LABEL;
		for (Status status : STATUSES) {
			String name = this.kit.wording().statusLabel(status);
			canvas.box(x, 3, 9, 9, this.kit.wording().statusColour(status));
			canvas.text(name, x + 12, 4.5f, SIZE, PdfContentByte.ALIGN_LEFT, ReportKit.TEXT, false);
			x += 12 + canvas.width(name, SIZE) + 14;
		}
	}

	private static boolean spansDays(Instant from, Instant to, ZoneId zone) {
		return !from.atZone(zone).toLocalDate().equals(to.atZone(zone).toLocalDate());
	}

	private static String clock(Instant instant, ZoneId zone, boolean withDate) {
		return DateTimeFormatter.ofPattern(withDate ? "MM-dd HH:mm" : "HH:mm", Locale.ROOT)
			.format(instant.atZone(zone));
	}

}
