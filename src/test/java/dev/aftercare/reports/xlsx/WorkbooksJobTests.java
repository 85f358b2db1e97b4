package dev.aftercare.reports.xlsx;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.aftercare.system.JobTestSupport;
import dev.aftercare.system.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The whole run over a small month, its workbooks read back as a person would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbooksJobTests extends JobTestSupport {

	private Path period;

	@BeforeAll
	void run() throws Exception {
		Path output = temporaryDirectory("xlsx-job-out");
		RunOutcome outcome = run(Path.of("src/test/resources/xlsx-run"), output, "2026-10");
		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		this.period = output.resolve("2026-10");
	}

	@Test
	void summaryFormulasComeToTheSumsOfCreditsCsv() throws Exception {
		Map<String, BigDecimal> expected = new HashMap<>();
		Map<String, Integer> lines = new HashMap<>();
		for (CSVRecord record : csv("credits.csv")) {
			expected.merge(record.get("currency"), new BigDecimal(record.get("credit_amount")), BigDecimal::add);
			lines.merge(record.get("currency"), 1, Integer::sum);
		}
		assertThat(expected).containsKeys("EUR", "JPY", "USD");
		try (XSSFWorkbook workbook = workbook("credit-review.xlsx")) {
			XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Sheet summary = workbook.getSheet("Summary");
			for (Map.Entry<String, BigDecimal> currency : expected.entrySet()) {
				Row row = CreditReviewWorkbookTests.rowStartingWith(summary, "Totals per currency", currency.getKey());
				assertThat(evaluator.evaluate(row.getCell(6)).getNumberValue()).as(currency.getKey())
					.isCloseTo(currency.getValue().doubleValue(), within(1e-9));
				assertThat(evaluator.evaluate(row.getCell(1)).getNumberValue())
					.isEqualTo(lines.get(currency.getKey()).doubleValue());
				assertThat(evaluator.evaluate(row.getCell(7)).getNumberValue()).as("nothing approved yet").isZero();
			}
			assertThat(workbook.getSheet("Credits").getLastRowNum()).isEqualTo(csv("credits.csv").size());
		}
	}

	@Test
	void creditLinesAreTextWhereTheyCameFromTheInputWithTheCurrencysDecimals() throws Exception {
		try (XSSFWorkbook workbook = workbook("credit-review.xlsx")) {
			Row evil = rowOf(workbook.getSheet("Credits"), 1, "C002");
			assertThat(evil.getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(evil.getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
			Row jpy = rowOf(workbook.getSheet("Credits"), 1, "C003");
			assertThat(new DataFormatter().formatCellValue(jpy.getCell(13))).isEqualTo("10,000");
			assertThat(new DataFormatter().formatCellValue(rowOf(workbook.getSheet("Credits"), 1, "C001").getCell(13)))
				.isEqualTo("100.00");
			Row goodwill = rowOf(workbook.getSheet("Credits"), 1, "C005");
			assertThat(goodwill.getCell(18).getStringCellValue()).contains("goodwill");
		}
	}

	@Test
	void incidentsSheetSaysWhyAnIncidentIsExcludedAndWhomItHit() throws Exception {
		try (XSSFWorkbook workbook = workbook("credit-review.xlsx")) {
			Sheet incidents = workbook.getSheet("Incidents");
			assertThat(rowOf(incidents, 0, "INC-2").getCell(9).getStringCellValue())
				.startsWith("announced_maintenance");
			Row outage = rowOf(incidents, 0, "INC-1");
			assertThat(outage.getCell(10).getNumericCellValue()).isEqualTo(5);
			assertThat(outage.getCell(11).getNumericCellValue()).isEqualTo(5);
			assertThat(rowOf(incidents, 0, "INC-3").getCell(4).getStringCellValue()).isEqualTo("open");
		}
	}

	@Test
	void followUpPutsThePublicAbusiveComplaintFirstWithAPhoneCall() throws Exception {
		try (XSSFWorkbook workbook = workbook("follow-up.xlsx")) {
			XSSFSheet list = workbook.getSheet("Follow-up");
			assertThat(List.of(id(list, 1), id(list, 2), id(list, 3), id(list, 4), id(list, 5))).containsExactly("C004",
					"C003", "C001", "C002", "C005");
			assertThat(list.getRow(1).getCell(9).getStringCellValue()).isEqualTo("phone");
			assertThat(list.getRow(1).getCell(17).getStringCellValue()).contains("T1 (twitter, public, abusive)");
			assertThat(list.getRow(1).getCell(18).getStringCellValue()).isEqualTo("To contact");
			assertThat(list.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
				.containsExactly("To contact", "Contacted", "Resolved");
			assertThat(new DataFormatter().formatCellValue(list.getRow(2).getCell(14))).isEqualTo("10,000");
			assertThat(list.getRow(4).getCell(3).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
		}
	}

	@Test
	void messagesAreReadyToSendAndKeepInternalDetailOut() throws Exception {
		try (XSSFWorkbook workbook = workbook("follow-up.xlsx")) {
			Sheet messages = workbook.getSheet("Messages");
			List<String> names = List.of("Acme GmbH", "=HYPERLINK", "Yamada Shoji", "Loud Ltd", "Quiet Co");
			for (int i = 1; i <= messages.getLastRowNum(); i++) {
				Row row = messages.getRow(i);
				String all = row.getCell(4).getStringCellValue() + row.getCell(5).getStringCellValue()
						+ row.getCell(7).getStringCellValue();
				assertThat(all).doesNotContain("SECRET-ROOT", "INTERNAL-NOTE");
				String own = row.getCell(1).getStringCellValue();
				assertThat(all).as("no other customer's name")
					.doesNotContain(names.stream().filter((name) -> !own.startsWith(name)).toList());
				assertThat(row.getCell(7).getStringCellValue()).hasSizeLessThanOrEqualTo(160);
			}
			String body = rowOf(messages, 0, "C001").getCell(5).getStringCellValue();
			assertThat(body).contains("Anna Berg", "Send requests to the eu-central endpoint.",
					"https://status.example.com/postmortems/INC-1", "EUR 100.00", "https://example.com/feedback");
		}
	}

	private XSSFWorkbook workbook(String name) throws Exception {
		return new XSSFWorkbook(this.period.resolve(name).toFile());
	}

	private List<CSVRecord> csv(String name) throws Exception {
		try (Reader reader = Files.newBufferedReader(this.period.resolve(name), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String id(Sheet sheet, int row) {
		return sheet.getRow(row).getCell(2).getStringCellValue();
	}

	static Row rowOf(Sheet sheet, int column, String value) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
	}

}
