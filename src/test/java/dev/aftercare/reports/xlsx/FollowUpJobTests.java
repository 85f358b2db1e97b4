package dev.aftercare.reports.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.aftercare.system.JobTestSupport;
import dev.aftercare.system.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole run over a month made for support's list (src/test/resources/follow-up-run),
 * its follow-up workbook read back as support reads it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpJobTests extends JobTestSupport {

	private Path period;

	@BeforeAll
	void run() throws Exception {
		Path output = temporaryDirectory("follow-up-job-out");
		RunOutcome outcome = run(Path.of("src/test/resources/follow-up-run"), output, "2026-10");
		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		this.period = output.resolve("2026-10");
	}

	@Test
	void aPublicOrAbusiveComplaintComesFirstWhicheverIncidentItNamesOrNone() throws Exception {
		try (XSSFWorkbook workbook = workbook()) {
			Sheet list = workbook.getSheet("Follow-up");
			// F01 tweeted about an incident that did not hit it, F02 wrote abuse naming
			// none,
			// F03 posted in November about an incident of October; F06 wrote an unhappy
			// mail about an incident that did not hit it. F04's public complaint is of
			// September and names no incident: it does not count.
			assertThat(column(list, "customer_id")).containsExactly("F01", "F02", "F03", "F06", "F04", "F05", "F08",
					"F07");
			assertThat(column(list, "priority")).containsExactly("1", "1", "1", "2", "3", "3", "3", "3");
			assertThat(column(list, "recommended channel").subList(0, 4)).containsExactly("phone",
					"phone (no number on file: ask the account manager)", "phone", "phone");
			assertThat(cell(list, "F01", "tickets"))
				.isEqualTo("T1 (twitter, public, negative): Your whole platform is a mess");
			assertThat(cell(list, "F04", "tickets")).isEmpty();
		}
	}

	private XSSFWorkbook workbook() throws Exception {
		return new XSSFWorkbook(this.period.resolve("follow-up.xlsx").toFile());
	}

	/** Every value of the column headed {@code header}, as text, below the header. */
	static List<String> column(Sheet sheet, String header) {
		int index = index(sheet, header);
		List<String> values = new ArrayList<>();
		for (int i = 1; i <= sheet.getLastRowNum(); i++) {
			values.add(text(sheet.getRow(i), index));
		}
		return values;
	}

	/** The value of the column headed {@code header} in the row of {@code customerId}. */
	static String cell(Sheet sheet, String customerId, String header) {
		Row row = WorkbooksJobTests.rowOf(sheet, index(sheet, "customer_id"), customerId);
		return text(row, index(sheet, header));
	}

	private static int index(Sheet sheet, String header) {
		for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
			if (cell.getStringCellValue().equals(header)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
	}

	private static String text(Row row, int column) {
		org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
			case NUMERIC -> new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
			default -> cell.getStringCellValue();
		};
	}

}
