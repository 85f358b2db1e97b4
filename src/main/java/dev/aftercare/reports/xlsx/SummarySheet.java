package dev.aftercare.reports.xlsx;

import static dev.aftercare.reports.xlsx.CreditFormulas.equalsCell;
import static dev.aftercare.reports.xlsx.CreditFormulas.is;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import dev.aftercare.reports.xlsx.CreditFormulas.Criterion;

/**
 * The first sheet finance sees: what run made the workbook, and live totals over the
 * Credits sheets per currency, plan and incident, with a chart per incident.
 */
final class SummarySheet {

	private static final String NOTE = "Set each line's approval on the Credits sheet: the totals below are formulas"
			+ " over it and follow every change. A line hit by several incidents counts under each of them.";

	private final Sheet sheet;

	private final Styles styles;

	private final String primaryColor;

	private int nextRow;

	SummarySheet(Sheet sheet, Styles styles, String primaryColor) {
		this.sheet = sheet;
		this.styles = styles;
		this.primaryColor = primaryColor;
		sheet.setColumnWidth(0, 34 * 256);
		sheet.setColumnWidth(1, 30 * 256);
		for (int column = 2; column < 12; column++) {
			sheet.setColumnWidth(column, 15 * 256);
		}
		// printed, the summary is one page wide, chart included
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	void write(RunInfo run, CreditTotals totals, List<IncidentRow> incidents, CreditFormulas formulas) {
		Row title = row();
		Cells.text(title, 0, "Credit review, " + run.period().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
				+ " " + run.period().getYear(), this.styles.title);
		Cells.text(row(), 0, NOTE, null);
		this.nextRow++;
		fact("Period", run.period().toString());
		fact("Run", Long.toString(run.run()));
		fact("Written at (UTC)", utc(run.writtenAt()));
		fact("Run started (UTC)", utc(run.startedAt()));
		fact("Input folder", run.input());
		fact("Terms", run.terms());
		for (RunInfo.FileCount file : run.files()) {
			fact("Rows in " + file.file(), file.read() + " read, " + file.rejected() + " rejected (see rejects.csv)");
		}
		fact("Open incidents", run.openIncidents() + " still open: credited by a later run once resolved");
		List<String> currencies = new ArrayList<>(totals.currencies());
		this.nextRow++;
		currencyTable(currencies, totals, formulas);
		this.nextRow++;
		breakdown("Per plan", List.of("Plan"), totals.plans().stream().map(List::of).toList(), totals::plan,
				(cell) -> equalsCell(CreditsSheet.PLAN, cell), currencies, formulas);
		this.nextRow++;
		int firstIncidentRow = this.nextRow + 2;
		breakdown("Per incident", List.of("Incident", "Title"),
				incidents.stream().map((incident) -> List.of(incident.incidentId(), incident.title())).toList(),
				totals::incident, (cell) -> CreditFormulas.listHolds(CreditsSheet.INCIDENT_KEY, cell), currencies,
				formulas);
		// the chart stands right of the widest table
		IncidentChart.draw(this.sheet, incidents, totals, firstIncidentRow, Math.max(11, 6 + currencies.size()),
				this.primaryColor);
	}

	private void currencyTable(List<String> currencies, CreditTotals totals, CreditFormulas formulas) {
		Cells.text(row(), 0, "Totals per currency", this.styles.label);
		header(List.of("Currency", "Lines", "SLA lines", "SLA amount", "Goodwill lines", "Goodwill amount", "Credited",
				"Approved", "Rejected", "Lines to decide"));
		for (String currency : currencies) {
			Row row = row();
			String cell = "$A$" + (row.getRowNum() + 1);
			Criterion same = equalsCell(CreditsSheet.CURRENCY, cell);
			Criterion sla = is(CreditsSheet.BASIS, "sla");
			Criterion goodwill = is(CreditsSheet.BASIS, "goodwill");
			CreditTally tally = totals.currency(currency);
			Cells.text(row, 0, currency, this.styles.text);
			count(row, 1, formulas.count(same), tally.lines());
			count(row, 2, formulas.count(same, sla), tally.slaLines());
			amount(row, 3, formulas.sum(CreditsSheet.AMOUNT, same, sla), tally.sla(currency), currency);
			count(row, 4, formulas.count(same, goodwill), tally.goodwillLines());
			amount(row, 5, formulas.sum(CreditsSheet.AMOUNT, same, goodwill), tally.goodwill(currency), currency);
			amount(row, 6, formulas.sum(CreditsSheet.AMOUNT, same), tally.credited(currency), currency);
			amount(row, 7, formulas.sum(CreditsSheet.AMOUNT, same, is(CreditsSheet.APPROVAL, "Approved")),
					BigDecimal.ZERO, currency);
			amount(row, 8, formulas.sum(CreditsSheet.AMOUNT, same, is(CreditsSheet.APPROVAL, "Rejected")),
					BigDecimal.ZERO, currency);
			count(row, 9, formulas.count(same, is(CreditsSheet.APPROVAL, "Pending"), is(CreditsSheet.AMOUNT, ">0")),
					tally.creditedLines());
		}
	}

	private void breakdown(String title, List<String> labels, List<List<String>> keys,
			Function<String, CreditTally> tallies, Function<String, Criterion> matching, List<String> currencies,
			CreditFormulas formulas) {
		Cells.text(row(), 0, title, this.styles.label);
		List<String> headers = new ArrayList<>(labels);
		headers.addAll(List.of("Lines", "SLA lines", "Goodwill lines"));
		currencies.forEach((currency) -> headers.add("Credited " + currency));
		header(headers);
		int first = labels.size();
		for (List<String> key : keys) {
			Row row = row();
			for (int i = 0; i < key.size(); i++) {
				Cells.text(row, i, key.get(i), this.styles.text);
			}
			Criterion match = matching.apply("$A$" + (row.getRowNum() + 1));
			CreditTally tally = tallies.apply(key.get(0));
			count(row, first, formulas.count(match), tally.lines());
			count(row, first + 1, formulas.count(match, is(CreditsSheet.BASIS, "sla")), tally.slaLines());
			count(row, first + 2, formulas.count(match, is(CreditsSheet.BASIS, "goodwill")), tally.goodwillLines());
			for (int i = 0; i < currencies.size(); i++) {
				String currency = currencies.get(i);
				amount(row, first + 3 + i,
						formulas.sum(CreditsSheet.AMOUNT, match, is(CreditsSheet.CURRENCY, currency)),
						tally.credited(currency), currency);
			}
		}
	}

	private void count(Row row, int column, String formula, long cached) {
		Cells.formula(row, column, formula, cached, this.styles.count);
	}

	private void amount(Row row, int column, String formula, BigDecimal cached, String currency) {
		Cells.formula(row, column, formula, cached.doubleValue(), this.styles.amount(currency));
	}

	private void header(List<String> headers) {
		Row row = row();
		row.setHeightInPoints(Styles.HEADER_HEIGHT);
		for (int i = 0; i < headers.size(); i++) {
			Cells.text(row, i, headers.get(i), this.styles.header);
		}
	}

	private void fact(String label, String value) {
		Row row = row();
		Cells.text(row, 0, label, this.styles.label);
		Cells.text(row, 1, value, this.styles.text);
	}

	private Row row() {
		return this.sheet.createRow(this.nextRow++);
	}

	private static String utc(Instant instant) {
		return (instant != null)
				? DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(instant.atOffset(ZoneOffset.UTC))
				: "unknown";
	}

}
