package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.credits.Basis;
import dev.aftercare.credits.CreditLine;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CreditReviewWorkbookTests {

	static final String EVIL = "=HYPERLINK(\"http://evil\",\"x\")";

	@TempDir
	Path directory;

	@Test
	void summaryTotalsAreFormulasThatComeToTheSumsOfTheCredits() throws Exception {
		List<CreditLine> lines = lines();
		try (XSSFWorkbook workbook = write(lines, SheetSeries.MAX_DATA_ROWS)) {
			XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Sheet summary = workbook.getSheet("Summary");
			Row usd = rowStartingWith(summary, "Totals per currency", "USD");
			assertThat(usd.getCell(6).getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(usd.getCell(6).getNumericCellValue()).as("cached")
				.isCloseTo(sum(lines, "USD", null), within(1e-9));
			assertThat(evaluator.evaluate(usd.getCell(1)).getNumberValue()).isEqualTo(4);
			assertThat(evaluator.evaluate(usd.getCell(3)).getNumberValue()).isCloseTo(sum(lines, "USD", Basis.SLA),
					within(1e-9));
			assertThat(evaluator.evaluate(usd.getCell(5)).getNumberValue()).isCloseTo(sum(lines, "USD", Basis.GOODWILL),
					within(1e-9));
			assertThat(evaluator.evaluate(usd.getCell(6)).getNumberValue()).isCloseTo(sum(lines, "USD", null),
					within(1e-9));
			Row jpy = rowStartingWith(summary, "Totals per currency", "JPY");
			assertThat(evaluator.evaluate(jpy.getCell(6)).getNumberValue()).isEqualTo(1500);
			Row i1 = rowStartingWith(summary, "Per incident", "I1");
			assertThat(evaluator.evaluate(i1.getCell(2)).getNumberValue()).as("I1, not I10").isEqualTo(3);
			Row wild = rowStartingWith(summary, "Per plan", "pro*");
			assertThat(evaluator.evaluate(wild.getCell(1)).getNumberValue()).as("* is no wildcard").isEqualTo(1);
		}
	}

	@Test
	void approvedAndRejectedTotalsFollowTheReviewersChoice() throws Exception {
		List<CreditLine> lines = lines();
		try (XSSFWorkbook workbook = write(lines, SheetSeries.MAX_DATA_ROWS)) {
			Sheet credits = workbook.getSheet("Credits");
			// a new cell: POI does not overwrite the inline strings SXSSF writes
			credits.getRow(1).createCell(15).setCellValue("Approved");
			credits.getRow(2).createCell(15).setCellValue("Rejected");
			XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Row usd = rowStartingWith(workbook.getSheet("Summary"), "Totals per currency", "USD");
			assertThat(evaluator.evaluate(usd.getCell(7)).getNumberValue())
				.isEqualTo(lines.get(0).creditAmount().doubleValue());
			assertThat(evaluator.evaluate(usd.getCell(8)).getNumberValue())
				.isEqualTo(lines.get(1).creditAmount().doubleValue());
		}
	}

	@Test
	void linesPastTheRowLimitGoOnInContinuationSheetsThatTheTotalsCover() throws Exception {
		List<CreditLine> lines = lines();
		try (XSSFWorkbook workbook = write(lines, 2)) {
			assertThat(sheetNames(workbook)).containsExactly("Summary", "Credits", "Credits 2", "Credits 3",
					"Incidents");
			assertThat(workbook.getSheet("Credits 3").getRow(1).getCell(1).getStringCellValue()).isEqualTo("C5");
			XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Row usd = rowStartingWith(workbook.getSheet("Summary"), "Totals per currency", "USD");
			assertThat(evaluator.evaluate(usd.getCell(6)).getNumberValue()).isCloseTo(sum(lines, "USD", null),
					within(1e-9));
			assertThat(evaluator.evaluate(usd.getCell(1)).getNumberValue()).isEqualTo(4);
			assertThat(workbook.getSheet("Credits 2").getDataValidations()).hasSize(1);
		}
	}

	@Test
	void valuesFromTheInputAreTextNeverFormulas() throws Exception {
		try (XSSFWorkbook workbook = write(lines(), SheetSeries.MAX_DATA_ROWS)) {
			Cell name = workbook.getSheet("Credits").getRow(4).getCell(2);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(EVIL);
			Cell fee = workbook.getSheet("Credits").getRow(4).getCell(7);
			assertThat(fee.getCellType()).isEqualTo(CellType.STRING);
		}
	}

	@Test
	void approvalIsADropDownThatStartsAtPending() throws Exception {
		try (XSSFWorkbook workbook = write(lines(), SheetSeries.MAX_DATA_ROWS)) {
			XSSFSheet credits = workbook.getSheet("Credits");
			DataValidation validation = credits.getDataValidations().get(0);
			assertThat(validation.getValidationConstraint().getExplicitListValues()).containsExactly("Pending",
					"Approved", "Rejected");
			assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("P2:P6");
			assertThat(credits.getRow(5).getCell(15).getStringCellValue()).isEqualTo("Pending");
			assertThat(credits.getPaneInformation().isFreezePane()).isTrue();
			assertThat(credits.getCTWorksheet().isSetAutoFilter()).isTrue();
		}
	}

	@Test
	void amountsShowTheCurrencysDecimalsAndUptimeIsAPercent() throws Exception {
		try (XSSFWorkbook workbook = write(lines(), SheetSeries.MAX_DATA_ROWS)) {
			Sheet credits = workbook.getSheet("Credits");
			assertThat(credits.getRow(1).getCell(13).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(credits.getRow(5).getCell(13).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(credits.getRow(1).getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0000%");
			assertThat(credits.getRow(1).getCell(9).getNumericCellValue()).isCloseTo(0.99, within(1e-12));
		}
	}

	@Test
	void linesWorthASecondLookSayWhy() {
		Map<String, BigDecimal> largest = Map.of("USD", new BigDecimal("100.00"));
		assertThat(CreditsSheet.whyLookTwice(line("C1", "pro", "USD", "10", Basis.SLA, "5.00", "I1"), largest))
			.isEmpty();
		assertThat(CreditsSheet.whyLookTwice(line("C1", "pro", "USD", "100", Basis.SLA, "250.00", "I1"), largest))
			.isEqualTo("100 % credit; among the largest USD credits");
		assertThat(CreditsSheet.whyLookTwice(line("C1", "pro", "USD", "5", Basis.GOODWILL, "5.00", "I1"), largest))
			.isEqualTo("goodwill");
	}

	@Test
	void theSummarySaysWhatRunMadeItAndChartsTheIncidents() throws Exception {
		try (XSSFWorkbook workbook = write(lines(), SheetSeries.MAX_DATA_ROWS)) {
			XSSFSheet summary = workbook.getSheet("Summary");
			assertThat(workbook.getSheetIndex(summary)).isZero();
			assertThat(rowStartingWith(summary, null, "Input folder").getCell(1).getStringCellValue())
				.isEqualTo("/data/in");
			assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(workbook.getForceFormulaRecalculation()).isTrue();
		}
	}

	@Test
	void aMonthWithoutCreditsStillGivesAWholeWorkbook() throws Exception {
		try (XSSFWorkbook workbook = write(List.of(), SheetSeries.MAX_DATA_ROWS)) {
			assertThat(sheetNames(workbook)).containsExactly("Summary", "Credits", "Incidents");
			assertThat(workbook.getSheet("Credits").getRow(0).getCell(0).getStringCellValue()).isEqualTo("period");
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
		}
	}

	private XSSFWorkbook write(List<CreditLine> lines, int maxRows) throws Exception {
		Path file = this.directory.resolve("credit-review.xlsx");
		new CreditReviewWorkbook("#1F4E79", maxRows).write(file, run(), lines.stream(),
				Map.of("USD", new BigDecimal("80.00")), incidents());
		return new XSSFWorkbook(file.toFile());
	}

	static RunInfo run() {
		return new RunInfo(YearMonth.of(2026, 10), 1, "/data/in", "bundled default",
				Instant.parse("2026-11-01T02:00:00Z"), Instant.parse("2026-11-01T02:01:00Z"),
				List.of(new RunInfo.FileCount("customers.csv", 5, 1)), 0);
	}

	static List<IncidentRow> incidents() {
		List<IncidentRow> rows = new ArrayList<>();
		for (String id : List.of("I1", "I10")) {
			rows.add(new IncidentRow(
					new Incident(id, "API outage " + id, Severity.SEV1, IncidentType.INCIDENT, List.of("api"),
							List.of("eu-west"), Instant.parse("2026-10-03T14:00:00Z"), null,
							Instant.parse("2026-10-03T16:00:00Z"), null, null, null, null, "secret", null, List.of()),
					Instant.parse("2026-10-03T14:00:00Z"), Instant.parse("2026-10-03T16:00:00Z"), null, 3, 3));
		}
		return rows;
	}

	static List<CreditLine> lines() {
		return List.of(line("C1", "pro", "USD", "10", Basis.SLA, "12.34", "I1"),
				line("C2", "pro", "USD", "25", Basis.SLA, "99.99", "I1;I10"),
				line("C3", "pro*", "USD", "5", Basis.GOODWILL, "3.05", "I10"),
				line("C4", "free", "USD", "0", Basis.NONE, "0.00", "I1"),
				line("C5", "pro", "JPY", "100", Basis.SLA, "1500", "I10"));
	}

	static CreditLine line(String customer, String plan, String currency, String percent, Basis basis, String amount,
			String incidents) {
		return new CreditLine(YearMonth.of(2026, 10), customer, customer.equals("C4") ? EVIL : "Customer " + customer,
				plan, "api", "eu-west", currency, "JPY".equals(currency) ? "1500" : "123.45", new BigDecimal("446.40"),
				new BigDecimal("99.0000"), new BigDecimal("99.9"), new BigDecimal(percent), basis,
				new BigDecimal(amount), List.of(incidents.split(";")));
	}

	static double sum(List<CreditLine> lines, String currency, Basis basis) {
		return lines.stream()
			.filter((line) -> line.currency().equals(currency) && (basis == null || line.basis() == basis))
			.map(CreditLine::creditAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.doubleValue();
	}

	static Row rowStartingWith(Sheet sheet, String section, String label) {
		boolean inSection = section == null;
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first == null || first.getCellType() != CellType.STRING) {
				continue;
			}
			if (first.getStringCellValue().equals(section)) {
				inSection = true;
			}
			else if (inSection && first.getStringCellValue().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " under " + section);
	}

	static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

}
