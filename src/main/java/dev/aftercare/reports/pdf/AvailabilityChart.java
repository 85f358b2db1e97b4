package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The month's availability of each service and region as horizontal bars, on an axis that
 * starts just below the lowest value or SLA target so that 99.9% and 99.99% look
 * different, with the plans' SLA targets as dashed lines. Drawn as vector graphics.
 */
final class AvailabilityChart {

	static final int ROWS_PER_CHART = 16;

	private static final double[] AXIS_STARTS = { 99.9, 99.5, 99, 98, 95, 90, 80, 50, 0 };

	private static final float ROW = 13;

	private static final float BAR = 9;

	private static final float LABEL = 170;

	private static final float VALUE = 58;

	private static final float SIZE = 7.5f;

	private static final float TOP = 6;

	private static final float AXIS = 26;

	private final ReportKit kit;

	private final float width;

	AvailabilityChart(ReportKit kit, float width) {
		this.kit = kit;
		this.width = width;
	}

	/**
	 * @param rows label and availability percent of each bar
	 * @param targets SLA target percent by plan name
	 */
	List<Image> draw(PdfWriter writer, List<Map.Entry<String, BigDecimal>> rows, Map<String, BigDecimal> targets) {
		double start = axisStart(rows, targets);
		return ChartCanvas.parts(rows, ROWS_PER_CHART)
			.stream()
			.map((part) -> chart(writer, part, targets, start))
			.toList();
	}

	/** The largest of the axis starts below every value and every target. */
	private static double axisStart(List<Map.Entry<String, BigDecimal>> rows, Map<String, BigDecimal> targets) {
		double lowest = 100;
		for (Map.Entry<String, BigDecimal> row : rows) {
			lowest = Math.min(lowest, row.getValue().doubleValue());
		}
		for (BigDecimal target : targets.values()) {
			lowest = Math.min(lowest, target.doubleValue());
		}
		for (double candidate : AXIS_STARTS) {
			if (candidate < lowest) {
				return candidate;
			}
		}
		return 0;
	}

	private Image chart(PdfWriter writer, List<Map.Entry<String, BigDecimal>> rows, Map<String, BigDecimal> targets,
			double start) {
		float height = TOP + rows.size() * ROW + AXIS;
		ChartCanvas canvas = new ChartCanvas(writer, this.kit, this.width, height);
		float plot = this.width - LABEL - VALUE;
		for (int i = 0; i < rows.size(); i++) {
			Map.Entry<String, BigDecimal> row = rows.get(i);
			float y = height - TOP - (i + 1) * ROW;
			canvas.text(canvas.fit(row.getKey(), SIZE, LABEL - 6), 0, y + 4, SIZE, PdfContentByte.ALIGN_LEFT,
					ReportKit.TEXT, false);
			canvas.box(LABEL, y + (ROW - BAR) / 2, plot, BAR, ReportKit.SHADE);
			canvas.box(LABEL, y + (ROW - BAR) / 2, x(row.getValue().doubleValue(), start, plot), BAR,
					this.kit.primary());
			canvas.text(PostmortemText.percent(row.getValue()), LABEL + plot + 4, y + 4, SIZE,
					PdfContentByte.ALIGN_LEFT, ReportKit.TEXT, false);
		}
		float axisY = AXIS;
		canvas.line(LABEL, axisY, LABEL + plot, axisY, ReportKit.MUTED, 0.6f, false);
		for (int tick = 0; tick <= 4; tick++) {
			double value = start + (100 - start) * tick / 4;
			float x = LABEL + x(value, start, plot);
			canvas.line(x, axisY - 2, x, axisY, ReportKit.MUTED, 0.6f, false);
			canvas.centred(trim(value) + "%", x, axisY - 10, SIZE, ReportKit.MUTED);
		}
		String legend = targets.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.map((target) -> target.getKey() + " " + PostmortemText.percent(target.getValue()))
			.collect(Collectors.joining(", "));
		for (BigDecimal target : targets.values()) {
			float x = LABEL + x(target.doubleValue(), start, plot);
			canvas.line(x, axisY, x, height - TOP + 2, ReportKit.MUTED, 0.6f, true);
		}
		if (!targets.isEmpty()) {
			canvas.text(this.kit.wording().text("report.labels.targets") + ": " + legend, LABEL, 2, SIZE,
					PdfContentByte.ALIGN_LEFT, ReportKit.MUTED, false);
		}
		return canvas.image();
	}

	private static float x(double value, double start, float plot) {
		return (float) (plot * Math.max(0, value - start) / (100 - start));
	}

	private static String trim(double value) {
		return PostmortemText.plain(BigDecimal.valueOf(value));
	}

}
