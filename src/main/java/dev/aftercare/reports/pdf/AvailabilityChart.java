package dev.aftercare.reports.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The month's availability of each service and region as two horizontal bars, as
 * customers experienced it and as the SLA counts it, on an axis of nines
 * ({@link NinesScale}) with the plans' SLA targets as dashed lines. Drawn as vector
 * graphics, in one piece as long as the rows fit a landscape page.
 */
final class AvailabilityChart {

	/** The most rows that fit a landscape page under the heading and note. */
	static final int ROWS_PER_CHART = 24;

	private static final Color COUNTED = new Color(0x9D, 0xB8, 0xD3);

	private static final float ROW = 13;

	private static final float BAR = 5;

	private static final float LABEL = 170;

	private static final float VALUE = 110;

	private static final float SIZE = 7.5f;

	private static final float TOP = 6;

	private static final float AXIS = 36;

	private final ReportKit kit;

	private final float width;

	AvailabilityChart(ReportKit kit, float width) {
		this.kit = kit;
		this.width = width;
	}

	/** One service and region: its label and both availabilities, in percent. */
	record Row(String label, BigDecimal experienced, BigDecimal counted) {
	}

	/**
	 * @param rows the bars, in order
	 * @param targets SLA target percent by plan name
	 */
	List<Image> draw(PdfWriter writer, List<Row> rows, Map<String, BigDecimal> targets) {
		List<Double> values = new ArrayList<>();
		rows.forEach((row) -> {
			values.add(row.experienced().doubleValue());
			values.add(row.counted().doubleValue());
		});
		targets.values().forEach((target) -> values.add(target.doubleValue()));
		NinesScale scale = new NinesScale(values);
		return ChartCanvas.parts(rows, ROWS_PER_CHART)
			.stream()
			.map((part) -> chart(writer, part, targets, scale))
			.toList();
	}

	private Image chart(PdfWriter writer, List<Row> rows, Map<String, BigDecimal> targets, NinesScale scale) {
		float height = TOP + rows.size() * ROW + AXIS;
		ChartCanvas canvas = new ChartCanvas(writer, this.kit, this.width, height);
		float plot = this.width - LABEL - VALUE;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			float y = height - TOP - (i + 1) * ROW;
			canvas.text(canvas.fit(row.label(), SIZE, LABEL - 6), 0, y + 4, SIZE, PdfContentByte.ALIGN_LEFT,
					ReportKit.TEXT, false);
			float upper = y + ROW / 2;
			float lower = upper - BAR - 1;
			canvas.box(LABEL, lower, plot, 2 * BAR + 1, ReportKit.SHADE);
			canvas.box(LABEL, upper, (float) (plot * scale.position(row.experienced().doubleValue())), BAR,
					this.kit.primary());
			canvas.box(LABEL, lower, (float) (plot * scale.position(row.counted().doubleValue())), BAR, COUNTED);
			String values = PostmortemText.percent(row.experienced()) + " / " + PostmortemText.percent(row.counted());
			canvas.text(values, LABEL + plot + 4, y + 4, SIZE, PdfContentByte.ALIGN_LEFT, ReportKit.TEXT, false);
		}
		float axisY = AXIS;
		canvas.line(LABEL, axisY, LABEL + plot, axisY, ReportKit.MUTED, 0.6f, false);
		List<Double> ticks = scale.ticks();
		for (int tick = 0; tick < ticks.size(); tick++) {
			float x = LABEL + (float) (plot * scale.position(ticks.get(tick)));
			canvas.line(x, axisY - 2, x, axisY, ReportKit.MUTED, 0.6f, false);
			String label = trim(ticks.get(tick)) + ((tick == ticks.size() - 1) ? "%+" : "%");
			canvas.centred(label, x, axisY - 10, SIZE, ReportKit.MUTED);
		}
		for (BigDecimal target : targets.values()) {
			float x = LABEL + (float) (plot * scale.position(target.doubleValue()));
			canvas.line(x, axisY, x, height - TOP + 2, ReportKit.MUTED, 0.6f, true);
		}
		legend(canvas, targets);
		return canvas.image();
	}

	/** Which bar is which, and the targets' values. */
	private void legend(ChartCanvas canvas, Map<String, BigDecimal> targets) {
		Wording wording = this.kit.wording();
		float x = LABEL;
		for (Object[] bar : new Object[][] { { wording.text("report.labels.experienced"), this.kit.primary() },
				{ wording.text("report.labels.counted"), COUNTED } }) {
			canvas.box(x, 15, 9, 7, (Color) bar[1]);
			canvas.text((String) bar[0], x + 12, 16, SIZE, PdfContentByte.ALIGN_LEFT, ReportKit.TEXT, false);
			x += 12 + canvas.width((String) bar[0], SIZE) + 14;
		}
		if (!targets.isEmpty()) {
			String legend = targets.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.map((target) -> target.getKey() + " " + PostmortemText.percent(target.getValue()))
				.collect(Collectors.joining(", "));
			canvas.text(wording.text("report.labels.targets") + ": " + legend, LABEL, 3, SIZE,
					PdfContentByte.ALIGN_LEFT, ReportKit.MUTED, false);
		}
	}

	private static String trim(double value) {
		return PostmortemText.plain(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP));
	}

}
