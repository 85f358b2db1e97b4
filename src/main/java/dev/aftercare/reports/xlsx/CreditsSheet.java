package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import dev.aftercare.credits.Basis;
import dev.aftercare.credits.CreditLine;

/**
 * The Credits sheet: every line of {@code credits.csv} in its order, with the columns
 * finance fills in (approval, reviewer, comment) and why a line deserves a second look.
 */
final class CreditsSheet {

	static final List<String> APPROVALS = List.of("Pending", "Approved", "Rejected");

	static final List<Column> COLUMNS = List.of(new Column("period", 9), new Column("customer_id", 14),
			new Column("customer_name", 30), new Column("plan", 12), new Column("service", 12),
			new Column("region", 13), new Column("currency", 9), new Column("monthly_fee", 14),
			new Column("downtime_minutes", 12), new Column("uptime_percent", 12), new Column("sla_target", 10),
			new Column("credit_percent", 10), new Column("basis", 10), new Column("credit_amount", 14),
			new Column("incident_ids", 22), new Column("approval", 12), new Column("reviewer", 18),
			new Column("comment", 40), new Column("look twice because", 34), new Column("incident_key", 10));

	static final String PLAN = letter("plan");

	static final String CURRENCY = letter("currency");

	static final String BASIS = letter("basis");

	static final String AMOUNT = letter("credit_amount");

	static final String APPROVAL = letter("approval");

	/** The incident ids framed by {@code ;}, so that a formula can find one of them. */
	static final String INCIDENT_KEY = letter("incident_key");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Styles styles;

	private final Map<String, BigDecimal> largest;

	private final SheetSeries series;

	/**
	 * @param largest per currency, the smallest amount among its largest credits: lines
	 * at or above it deserve a second look
	 */
	CreditsSheet(SXSSFWorkbook workbook, Styles styles, Map<String, BigDecimal> largest, int maxRowsPerSheet) {
		this.styles = styles;
		this.largest = Map.copyOf(largest);
		this.series = new SheetSeries(workbook, "Credits", COLUMNS, styles, maxRowsPerSheet);
	}

	void append(CreditLine line, ReviewColumns review) {
		Row row = this.series.nextRow();
		Styles s = this.styles;
		Cells.text(row, 0, line.period().toString(), s.text);
		Cells.text(row, 1, line.customerId(), s.text);
		Cells.text(row, 2, line.customerName(), s.text);
		Cells.text(row, 3, line.plan(), s.text);
		Cells.text(row, 4, line.service(), s.text);
		Cells.text(row, 5, line.region(), s.text);
		Cells.text(row, 6, line.currency(), s.text);
		// the fee came from the input: the contract keeps every input value a text cell
		Cells.text(row, 7, line.monthlyFeeText(), s.text);
		Cells.number(row, 8, line.downtimeMinutes(), s.minutes);
		Cells.number(row, 9, line.uptimePercent().movePointLeft(2), s.uptime);
		Cells.number(row, 10, (line.slaTarget() != null) ? line.slaTarget().movePointLeft(2) : null, s.percent);
		Cells.number(row, 11, line.creditPercent().movePointLeft(2), s.percent);
		Cells.text(row, 12, line.basis().code(), s.text);
		Cells.number(row, 13, line.creditAmount(), s.amount(line.currency()));
		String incidentIds = String.join(";", line.incidentIds());
		Cells.text(row, 14, incidentIds, s.text);
		Cells.text(row, 15, review.approval(), s.text);
		Cells.text(row, 16, review.reviewer(), s.text);
		Cells.text(row, 17, review.comment(), s.text);
		String why = whyLookTwice(line, this.largest);
		Cells.text(row, 18, why.isEmpty() ? null : why, s.text);
		Cells.text(row, 19, ";" + incidentIds + ";", s.text);
	}

	/** Drop-downs, colours and the hidden helper column, once every line is written. */
	List<SheetSeries.Part> finish() {
		this.series.finish((sheet, part) -> {
			Choices.dropDown(sheet, part.rows(15, 15), APPROVALS, "Approval");
			Choices.colourWhenEquals(sheet, part.rows(15, 15), "Approved", "#C6EFCE");
			Choices.colourWhenEquals(sheet, part.rows(15, 15), "Rejected", "#FFC7CE");
			Choices.colourWhen(sheet, part.rows(0, 18), "$" + letter("look twice because") + "2<>\"\"", "#FFEB9C");
			sheet.setDefaultColumnStyle(16, this.styles.text);
			sheet.setDefaultColumnStyle(17, this.styles.text);
			sheet.setColumnHidden(19, true);
		});
		return this.series.parts();
	}

	long rows() {
		return this.series.rows();
	}

	/** Empty when the line looks ordinary. */
	static String whyLookTwice(CreditLine line, Map<String, BigDecimal> largest) {
		List<String> reasons = new ArrayList<>();
		if (line.creditPercent().compareTo(HUNDRED) >= 0) {
			reasons.add("100 % credit");
		}
		if (line.basis() == Basis.GOODWILL) {
			reasons.add("goodwill");
		}
		BigDecimal threshold = largest.get(line.currency());
		if (threshold != null && line.creditAmount().signum() > 0 && line.creditAmount().compareTo(threshold) >= 0) {
			reasons.add("among the largest " + line.currency() + " credits");
		}
		return String.join("; ", reasons);
	}

	private static String letter(String header) {
		return Column.letter(Column.indexOf(COLUMNS, header));
	}

}
