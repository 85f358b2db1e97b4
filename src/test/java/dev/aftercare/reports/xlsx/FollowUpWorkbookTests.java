package dev.aftercare.reports.xlsx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpWorkbookTests {

	@TempDir
	Path directory;

	private final List<FollowUpCustomer> customers = List.of(
			Messages.customer("C4", "Loud Ltd", 1, "USD", "4.90", "sla", "INC-1"),
			Messages.customer("C2", CreditReviewWorkbookTests.EVIL, 3, "JPY", "1500", "sla", "INC-1", "INC-2"),
			Messages.customer("C1", "Acme", 3, "EUR", "0.00", "none", "INC-2"));

	@Test
	void oneRowPerCustomerInTheOrderGivenWithAStatusToSet() throws Exception {
		try (XSSFWorkbook workbook = write(SheetSeries.MAX_DATA_ROWS)) {
			XSSFSheet list = workbook.getSheet("Follow-up");
			assertThat(workbook.getSheetIndex(list)).isZero();
			assertThat(List.of(text(list.getRow(1), 2), text(list.getRow(2), 2), text(list.getRow(3), 2)))
				.containsExactly("C4", "C2", "C1");
			assertThat(text(list.getRow(1), 1)).contains("public");
			assertThat(text(list.getRow(1), 9)).isEqualTo("phone");
			assertThat(text(list.getRow(2), 10)).isEqualTo("INC-1: API unavailable in eu-west; INC-2: Slow website");
			assertThat(new DataFormatter().formatCellValue(list.getRow(2).getCell(14))).isEqualTo("1,500");
			assertThat(text(list.getRow(3), 18)).isEqualTo("To contact");
			assertThat(list.getDataValidations()).singleElement()
				.satisfies((validation) -> assertThat(validation.getValidationConstraint().getExplicitListValues())
					.containsExactly("To contact", "Contacted", "Resolved"));
		}
	}

	@Test
	void aNameThatLooksLikeAFormulaStaysText() throws Exception {
		try (XSSFWorkbook workbook = write(SheetSeries.MAX_DATA_ROWS)) {
			for (String sheet : List.of("Follow-up", "Messages")) {
				Row row = workbook.getSheet(sheet).getRow(2);
				int column = sheet.equals("Messages") ? 1 : 3;
				assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(column).getStringCellValue()).isEqualTo(CreditReviewWorkbookTests.EVIL);
			}
		}
	}

	@Test
	void everyCustomerHasDraftsAndAnSmsThatFits() throws Exception {
		try (XSSFWorkbook workbook = write(SheetSeries.MAX_DATA_ROWS)) {
			XSSFSheet messages = workbook.getSheet("Messages");
			assertThat(messages.getLastRowNum()).isEqualTo(3);
			for (int i = 1; i <= 3; i++) {
				Row row = messages.getRow(i);
				assertThat(text(row, 4)).isNotBlank();
				assertThat(text(row, 5)).contains("sorry");
				assertThat(text(row, 7)).hasSizeLessThanOrEqualTo(160);
				assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(text(row, 7).length());
			}
		}
	}

	@Test
	void pastTheRowLimitBothListsGoOnInContinuationSheets() throws Exception {
		try (XSSFWorkbook workbook = write(2)) {
			assertThat(CreditReviewWorkbookTests.sheetNames(workbook)).containsExactly("Follow-up", "Follow-up 2",
					"Messages", "Messages 2");
			assertThat(text(workbook.getSheet("Follow-up 2").getRow(1), 2)).isEqualTo("C1");
			assertThat(workbook.getSheet("Follow-up 2").getDataValidations()).hasSize(1);
			assertThat(text(workbook.getSheet("Messages 2").getRow(1), 0)).isEqualTo("C1");
			// sheets were reordered: each filter must still belong to its own sheet
			assertThat(workbook.getNames("_xlnm._FilterDatabase")).hasSize(4)
				.allSatisfy((name) -> assertThat(name.getRefersToFormula())
					.contains(workbook.getSheetName(name.getSheetIndex())));
		}
	}

	@Test
	void aMonthWithoutAffectedCustomersStillGivesAWholeWorkbook() throws Exception {
		try (XSSFWorkbook workbook = write(SheetSeries.MAX_DATA_ROWS, List.of())) {
			assertThat(CreditReviewWorkbookTests.sheetNames(workbook)).containsExactly("Follow-up", "Messages");
			assertThat(workbook.getSheet("Messages").getLastRowNum()).isZero();
		}
	}

	private XSSFWorkbook write(int maxRows) throws Exception {
		return write(maxRows, this.customers);
	}

	private XSSFWorkbook write(int maxRows, List<FollowUpCustomer> customers) throws Exception {
		Path file = this.directory.resolve("follow-up.xlsx");
		new FollowUpWorkbook("#1F4E79", maxRows).write(file, customers.stream(),
				Map.of("INC-1", Messages.OUTAGE.title(), "INC-2", Messages.SLOW.title()), Messages.drafter());
		return new XSSFWorkbook(file.toFile());
	}

	private static String text(Row row, int column) {
		return row.getCell(column).getStringCellValue();
	}

}
