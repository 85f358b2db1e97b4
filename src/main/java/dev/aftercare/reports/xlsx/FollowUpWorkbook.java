package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;

import dev.aftercare.approvals.FollowUpNotes;
import dev.aftercare.speed.StreamingWorkbook;

/**
 * Writes {@code follow-up.xlsx}: the affected customers in the order to work through
 * them, and a Messages sheet with each one's drafts. Both stream, like the credit review.
 */
final class FollowUpWorkbook {

	static final List<String> STATUSES = List.of("To contact", "Contacted", "Resolved");

	static final List<Column> CUSTOMER_COLUMNS = List.of(new Column("priority", 8), new Column("why this priority", 44),
			new Column("customer_id", 14), new Column("customer", 28), new Column("contact", 20),
			new Column("email", 26), new Column("phone", 16), new Column("account manager", 18),
			new Column("preferred channel", 10), new Column("recommended channel", 14), new Column("incidents", 40),
			new Column("services hit", 30), new Column("SLA downtime (min)", 11),
			new Column("longest impact (min)", 11), new Column("credit", 14), new Column("currency", 9),
			new Column("credit basis", 12), new Column("tickets", 40), new Column("status", 12),
			new Column("notes", 40));

	static final List<Column> MESSAGE_COLUMNS = List.of(new Column("customer_id", 14), new Column("customer", 28),
			new Column("recommended channel", 14), new Column("email", 26), new Column("email subject", 40),
			new Column("email body", 90), new Column("phone", 16), new Column("sms text", 60),
			new Column("sms characters", 10), new Column("call script", 90));

	/** Characters of the body that fit on a line of its column. */
	private static final int BODY_LINE = 95;

	private static final int STATUS = Column.indexOf(CUSTOMER_COLUMNS, "status");

	private final String primaryColor;

	private final int maxRowsPerSheet;

	FollowUpWorkbook(String primaryColor, int maxRowsPerSheet) {
		this.primaryColor = primaryColor;
		this.maxRowsPerSheet = maxRowsPerSheet;
	}

	/**
	 * @param customers in the order to work through them
	 * @param titles incident titles by id
	 * @return the customers written
	 */
	long write(Path file, Stream<FollowUpCustomer> customers, Map<String, String> titles, MessageDrafter drafter)
			throws IOException {
		return write(file, customers, titles, drafter, Map.of());
	}

	/**
	 * @param notes support's status and notes so far, by customer id
	 */
	long write(Path file, Stream<FollowUpCustomer> customers, Map<String, String> titles, MessageDrafter drafter,
			Map<String, FollowUpNotes.Note> notes) throws IOException {
		return StreamingWorkbook.write(file, (workbook) -> {
			Styles styles = new Styles(workbook, this.primaryColor);
			SheetSeries list = new SheetSeries(workbook, "Follow-up", CUSTOMER_COLUMNS, styles, this.maxRowsPerSheet);
			SheetSeries messages = new SheetSeries(workbook, "Messages", MESSAGE_COLUMNS, styles, this.maxRowsPerSheet);
			customers.forEach((customer) -> {
				FollowUpPriority priority = FollowUpPriority.ofRank(customer.priority());
				customerRow(list.nextRow(), customer, priority, titles, styles, notes.get(customer.customerId()));
				messageRow(messages.nextRow(), customer, priority, drafter.draft(customer), styles);
			});
			// continuation sheets were made as rows came; each list goes together
			int position = 0;
			for (SheetSeries series : List.of(list, messages)) {
				for (SheetSeries.Part part : series.parts()) {
					workbook.setSheetOrder(part.sheet().getSheetName(), position++);
				}
			}
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);
			list.finish((sheet, part) -> {
				Choices.dropDown(sheet, part.rows(STATUS, STATUS), STATUSES, "Status");
				Choices.colourWhenEquals(sheet, part.rows(STATUS, STATUS), "Resolved", "#C6EFCE");
				Choices.colourWhenEquals(sheet, part.rows(STATUS, STATUS), "Contacted", "#FFEB9C");
				Choices.colourWhen(sheet, part.rows(0, 1), "$A2=1", "#FFC7CE");
				sheet.setDefaultColumnStyle(STATUS + 1, styles.text);
			});
			messages.finish((sheet, part) -> {
			});
			return list.rows();
		});
	}

	private static void customerRow(Row row, FollowUpCustomer customer, FollowUpPriority priority,
			Map<String, String> titles, Styles styles, FollowUpNotes.Note note) {
		Cells.number(row, 0, priority.rank(), styles.count);
		Cells.text(row, 1, priority.reason(), styles.text);
		Cells.text(row, 2, customer.customerId(), styles.text);
		Cells.text(row, 3, customer.name(), styles.text);
		Cells.text(row, 4, customer.contactName(), styles.text);
		Cells.text(row, 5, customer.email(), styles.text);
		Cells.text(row, 6, customer.phone(), styles.text);
		Cells.text(row, 7, customer.accountManager(), styles.text);
		Cells.text(row, 8, customer.preferredChannel(), styles.text);
		Cells.text(row, 9, priority.recommendedChannel(customer), styles.text);
		StringBuilder incidents = new StringBuilder();
		StringBuilder services = new StringBuilder();
		for (FollowUpCustomer.Hit hit : customer.incidents()) {
			if (!incidents.isEmpty()) {
				incidents.append("; ");
				services.append("; ");
			}
			incidents.append(hit.incidentId()).append(": ").append(titles.getOrDefault(hit.incidentId(), ""));
			services.append(hit.incidentId()).append(": ").append(hit.services());
		}
		Cells.text(row, 10, incidents.toString(), styles.text);
		Cells.text(row, 11, services.toString(), styles.text);
		Cells.number(row, 12, customer.downtimeMinutes(), styles.minutes);
		Cells.number(row, 13, customer.longestImpactSeconds().divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
				styles.minutes);
		Cells.number(row, 14, customer.creditAmount(), styles.amount(customer.currency()));
		Cells.text(row, 15, customer.currency(), styles.text);
		Cells.text(row, 16, customer.basis(), styles.text);
		Cells.text(row, 17, customer.tickets(), styles.text);
		Cells.text(row, STATUS, (note != null && note.status() != null) ? note.status() : STATUSES.get(0), styles.text);
		Cells.text(row, STATUS + 1, (note != null) ? note.notes() : null, styles.text);
	}

	private static void messageRow(Row row, FollowUpCustomer customer, FollowUpPriority priority, MessageDraft draft,
			Styles styles) {
		Cells.text(row, 0, customer.customerId(), styles.text);
		Cells.text(row, 1, customer.name(), styles.text);
		Cells.text(row, 2, priority.recommendedChannel(customer), styles.text);
		Cells.text(row, 3, customer.email(), styles.text);
		Cells.text(row, 4, draft.subject(), styles.wrapped);
		Cells.text(row, 5, draft.body(), styles.wrapped);
		Cells.text(row, 6, customer.phone(), styles.text);
		Cells.text(row, 7, draft.sms(), styles.wrapped);
		Cells.number(row, 8, draft.sms().length(), styles.count);
		Cells.text(row, 9, draft.callScript(), styles.wrapped);
		// wrapped text shows whole only in a row tall enough for it
		long lines = Math.max(shownLines(draft.body()),
				(draft.callScript() != null) ? shownLines(draft.callScript()) : 0);
		row.setHeightInPoints(Math.min(409, 15f * Math.max(1, lines)));
	}

	/**
	 * The lines {@code text} takes in its column: each of {@link String#lines()} and the
	 * lines it wraps onto.
	 */
	private static long shownLines(String text) {
		long lines = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines += 1 + (i - start) / BODY_LINE;
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		return (start < text.length()) ? lines + 1 + (text.length() - start) / BODY_LINE : lines;
	}

}
