package dev.aftercare.reports.xlsx;

import java.util.List;
import java.util.function.ToLongFunction;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A bar per incident of the credit lines it brought, SLA and goodwill side by side:
 * people see at a glance which incident cost the most. The bars read the Summary's live
 * counts.
 */
final class IncidentChart {

	private static final String GOODWILL_COLOR = "#ED7D31";

	private IncidentChart() {
	}

	/**
	 * @param firstRow the Summary row of the first incident, whose SLA and goodwill line
	 * counts are in columns D and E
	 * @param column the column the chart starts at
	 */
	static void draw(Sheet summary, List<IncidentRow> incidents, CreditTotals totals, int firstRow, int column,
			String primaryColor) {
		if (incidents.isEmpty()) {
			return;
		}
		// SXSSF streams cell data only: drawings live on the XSSF sheet it wraps
		XSSFSheet sheet = (summary instanceof SXSSFSheet streamed)
				? streamed.getWorkbook().getXSSFWorkbook().getSheet(summary.getSheetName()) : (XSSFSheet) summary;
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		int height = Math.max(16, incidents.size() + 6);
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, 3, column + 9, 3 + height));
		chart.setTitleText("Credit lines per incident");
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis incidentAxis = chart.createCategoryAxis(AxisPosition.LEFT);
		// top to bottom in the order of the table
		incidentAxis.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis countAxis = chart.createValueAxis(AxisPosition.BOTTOM);
		countAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, incidentAxis, countAxis);
		bars.setBarDirection(BarDirection.BAR);
		// clustered, not stacked: a stacked bar needs an overlap value poi-ooxml-lite
		// cannot write
		bars.setBarGrouping(BarGrouping.CLUSTERED);
		int lastRow = firstRow + incidents.size() - 1;
		XDDFCategoryDataSource ids = XDDFDataSourcesFactory.fromArray(
				incidents.stream().map(IncidentRow::incidentId).toArray(String[]::new),
				range(sheet, firstRow, lastRow, 0));
		bars(bars, ids, counts(incidents, totals, CreditTally::slaLines), range(sheet, firstRow, lastRow, 3), "SLA",
				primaryColor);
		bars(bars, ids, counts(incidents, totals, CreditTally::goodwillLines), range(sheet, firstRow, lastRow, 4),
				"Goodwill", GOODWILL_COLOR);
		chart.plot(bars);
	}

	/**
	 * A series of bars: its figures as written, the cells that keep them live, and an
	 * explicit fill, without which some viewers draw no bars at all.
	 */
	private static void bars(XDDFBarChartData bars, XDDFCategoryDataSource ids, Long[] counts, String range,
			String title, String color) {
		XDDFChartData.Series series = bars.addSeries(ids, XDDFDataSourcesFactory.fromArray(counts, range));
		series.setTitle(title, null);
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Styles.rgb(color))));
	}

	private static Long[] counts(List<IncidentRow> incidents, CreditTotals totals, ToLongFunction<CreditTally> count) {
		return incidents.stream()
			.map((incident) -> count.applyAsLong(totals.incident(incident.incidentId())))
			.toArray(Long[]::new);
	}

	private static String range(XSSFSheet sheet, int firstRow, int lastRow, int column) {
		return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
	}

}
