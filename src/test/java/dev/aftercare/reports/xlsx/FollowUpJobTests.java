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

	@Test
	void aCustomerToCallOrChatWithGetsACallScriptTheOthersGetNone() throws Exception {
		try (XSSFWorkbook workbook = workbook()) {
			Sheet messages = workbook.getSheet("Messages");
			assertThat(cell(messages, "F01", "call script")).startsWith("Ask for: Erin Lowe, on +1 555 0101.")
				.contains("They wrote to us: T1 (twitter, public, negative): Your whole platform is a mess.",
						"- 3 Oct, API unavailable in eu-west: their API in Europe West, for 6 hours.",
						"- API unavailable in eu-west: Renew certificates automatically; Alert 30 days before a certificate expires.",
						"Their credit: USD 100.00; it will appear on their invoice",
						"Ask: \"Is anything still not working as it should for you?\"")
				.doesNotContain("SECRET-ROOT", "Hello");
			assertThat(cell(messages, "F02", "call script"))
				.startsWith("Ask for: whoever runs Silent Rage GmbH's services (no number on file: ask Keiko Sato");
			assertThat(cell(messages, "F08", "recommended channel")).isEqualTo("chat");
			assertThat(cell(messages, "F08", "call script")).startsWith("Ask for: Chad Chat");
			for (String emailOnly : List.of("F04", "F05", "F07")) {
				assertThat(cell(messages, emailOnly, "call script")).as(emailOnly).isEmpty();
			}
		}
	}

	@Test
	void emailsGreetTheContactApologiseOnceLinkThePostmortemAndStayShort() throws Exception {
		try (XSSFWorkbook workbook = workbook()) {
			Sheet messages = workbook.getSheet("Messages");
			for (String body : column(messages, "email body")) {
				assertThat(body).hasSizeLessThanOrEqualTo(MessageDrafter.EMAIL_LIMIT)
					.doesNotContain("SECRET-ROOT", "applied", "api in eu-west", "storage in eu-west");
				assertThat(body.split("sorry", -1).length - 1).as("at most one apology").isLessThanOrEqualTo(1);
			}
			assertThat(cell(messages, "F01", "email body")).startsWith("Hello Erin Lowe,\n")
				.contains("We are sorry", "Thank you for telling us about it on 10 October",
						"- 3 Oct, API unavailable in eu-west: your API in Europe West, for 6 hours.",
						"If it happens again: Send requests to the eu-central endpoint.",
						"https://status.example.com/postmortems/INC-1",
						"your subscription qualifies for a credit of USD 100.00 for October 2026; it will appear on your invoice")
				.doesNotContain("Elsewhere Ltd");
			assertThat(cell(messages, "F02", "email body")).startsWith("Hello,\n").doesNotContain("Silent Rage");
			assertThat(cell(messages, "F08", "email body")).contains("2 disruptions", "your API in Europe West",
					"your Website in US East", "https://status.example.com/postmortems/INC-2");
		}
	}

	@Test
	void announcedMaintenanceAloneGetsAMaintenanceNote() throws Exception {
		try (XSSFWorkbook workbook = workbook()) {
			Sheet messages = workbook.getSheet("Messages");
			assertThat(cell(messages, "F07", "email subject"))
				.isEqualTo("Planned maintenance on 20 October 2026: finished");
			assertThat(cell(messages, "F07", "email body"))
				.contains("The planned maintenance we announced on 12 October 2026",
						"your Storage in Europe West, for 2 hours. Planned maintenance.")
				.doesNotContainIgnoringCase("sorry")
				.doesNotContain("disruption", "credit");
			assertThat(cell(messages, "F07", "sms text")).contains("planned maintenance on 20 Oct is finished")
				.doesNotContainIgnoringCase("sorry");
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

	static String text(Row row, int column) {
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
