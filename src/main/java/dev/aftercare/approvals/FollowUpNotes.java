package dev.aftercare.approvals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support's status and notes per customer of a period: read from the
 * {@code follow-up.xlsx} in place before a run replaces it, stored, and written into the
 * next one.
 */
public class FollowUpNotes {

	private static final Logger logger = LoggerFactory.getLogger(FollowUpNotes.class);

	private static final Pattern FOLLOW_UP_SHEET = Pattern.compile("Follow-up( [0-9]+)?");

	private static final String UNTOUCHED = "To contact";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public FollowUpNotes(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Status and notes of each customer someone worked on. */
	public Map<String, Note> of(String period) {
		Map<String, Note> notes = new HashMap<>();
		this.jdbc.query("SELECT customer_id, status, notes FROM follow_up_note WHERE period = ?", (rs) -> {
			notes.put(rs.getString("customer_id"), new Note(rs.getString("status"), rs.getString("notes")));
		}, period);
		return notes;
	}

	/**
	 * Stores the status and notes of {@code workbook}: a customer still at "To contact"
	 * with no notes keeps what was stored.
	 * @return the customers whose status or notes were stored
	 */
	public int carryOver(Path workbook, String period) {
		if (!Files.isRegularFile(workbook)) {
			return 0;
		}
		Map<String, Note> read;
		try (OPCPackage opc = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
				XSSFWorkbook book = new XSSFWorkbook(opc)) {
			read = read(book);
		}
		catch (IOException | InvalidFormatException | NotOfficeXmlFileException | IllegalStateException ex) {
			logger.warn("{}: not carried over, it cannot be read as a follow-up workbook: {}", workbook,
					ex.getMessage());
			return 0;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		Integer stored = this.transactions.execute((status) -> {
			int count = 0;
			for (Map.Entry<String, Note> entry : read.entrySet()) {
				count += this.jdbc.update("""
						INSERT INTO follow_up_note (period, customer_id, status, notes, recorded_at)
						VALUES (?, ?, ?, ?, ?)
						ON CONFLICT (period, customer_id) DO UPDATE SET status = excluded.status,
						       notes = excluded.notes, recorded_at = excluded.recorded_at
						WHERE follow_up_note.status IS DISTINCT FROM excluded.status
						   OR follow_up_note.notes IS DISTINCT FROM excluded.notes
						""", period, entry.getKey(), entry.getValue().status(), entry.getValue().notes(), now);
			}
			return count;
		});
		logger.info("Follow-up of {}: status and notes of {} customers carried over", period, stored);
		return stored;
	}

	private static Map<String, Note> read(XSSFWorkbook book) {
		Map<String, Note> notes = new HashMap<>();
		for (Sheet sheet : book) {
			if (!FOLLOW_UP_SHEET.matcher(sheet.getSheetName()).matches() || sheet.getRow(0) == null) {
				continue;
			}
			Map<String, Integer> columns = new HashMap<>();
			Row header = sheet.getRow(0);
			for (int c = 0; c < header.getLastCellNum(); c++) {
				String text = CellValues.text(header.getCell(c));
				if (text != null) {
					columns.putIfAbsent(text, c);
				}
			}
			Integer id = columns.get("customer_id");
			Integer status = columns.get("status");
			Integer text = columns.get("notes");
			if (id == null || status == null || text == null) {
				throw new IllegalStateException(
						"sheet " + sheet.getSheetName() + " has lost its customer_id, status or notes column");
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String customer = (row != null) ? CellValues.text(row.getCell(id)) : null;
				if (customer == null) {
					continue;
				}
				Note note = new Note(CellValues.text(row.getCell(status)), CellValues.text(row.getCell(text)));
				String problem = note.problem();
				if (problem != null) {
					// the workbook stays in the run's archive (before-run/), so nothing
					// is lost
					logger.warn("sheet {}, row {}: status and notes of {} not carried over: {}", sheet.getSheetName(),
							r + 1, customer, problem);
					continue;
				}
				if (note.worked()) {
					notes.put(customer, note);
				}
			}
		}
		return notes;
	}

	/** What support wrote about a customer. */
	public record Note(String status, String notes) {

		/** What keeps it from being stored, or {@code null}. */
		String problem() {
			String status = TypedText.problem(this.status, TypedText.NAME, false);
			if (status != null) {
				return "status has " + status;
			}
			String notes = TypedText.problem(this.notes, TypedText.NOTE, true);
			return (notes != null) ? "notes has " + notes : null;
		}

		boolean worked() {
			return (this.status != null && !UNTOUCHED.equals(this.status)) || this.notes != null;
		}

	}

}
