package dev.aftercare.approvals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@code credit-review.xlsx} as finance hands it back: which run made it (the Summary's
 * Period and Run), and the approval, reviewer and comment of every line of the Credits
 * sheets, continuation sheets included. Columns are found by their header, so a program
 * that saved the workbook may have moved, restyled or dropped anything else.
 *
 * @param sha256 of the file as it was read
 */
record ReviewedWorkbook(String fileName, String sha256, String period, long run, List<ReviewedLine> lines) {

	static final String CUSTOMER_ID = "customer_id";

	static final String SERVICE = "service";

	static final String REGION = "region";

	static final String CREDIT_AMOUNT = "credit_amount";

	static final String APPROVAL = "approval";

	static final String REVIEWER = "reviewer";

	static final String COMMENT = "comment";

	private static final List<String> REQUIRED = List.of(CUSTOMER_ID, SERVICE, REGION, CREDIT_AMOUNT, APPROVAL,
			REVIEWER, COMMENT);

	private static final Pattern CREDITS_SHEET = Pattern.compile("Credits( [0-9]+)?");

	static ReviewedWorkbook read(Path file) {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) {
			throw new WorkbookRefusedException(file + " is not a file");
		}
		String sha256 = sha256(file);
		try (OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook workbook = new XSSFWorkbook(opc)) {
			Map<String, String> facts = summaryFacts(workbook, name);
			String run = facts.get("Run");
			long runNumber;
			try {
				runNumber = Long.parseLong(run.endsWith(".0") ? run.substring(0, run.length() - 2) : run);
			}
			catch (NumberFormatException ex) {
				throw new WorkbookRefusedException(name + ": sheet Summary, Run '" + run + "' is not a run number");
			}
			List<ReviewedLine> lines = new ArrayList<>();
			int sheets = 0;
			for (Sheet sheet : workbook) {
				if (CREDITS_SHEET.matcher(sheet.getSheetName()).matches()) {
					sheets++;
					readCredits(sheet, name, lines);
				}
			}
			if (sheets == 0) {
				throw new WorkbookRefusedException(name + ": has no sheet named Credits");
			}
			return new ReviewedWorkbook(name, sha256, facts.get("Period"), runNumber, List.copyOf(lines));
		}
		catch (IOException | InvalidFormatException
				| org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException ex) {
			throw new WorkbookRefusedException(name + ": is not an .xlsx workbook: " + ex.getMessage());
		}
	}

	/** Column A's labels and column B's values on the Summary sheet. */
	private static Map<String, String> summaryFacts(XSSFWorkbook workbook, String name) {
		Sheet summary = workbook.getSheet("Summary");
		if (summary == null) {
			throw new WorkbookRefusedException(
					name + ": has no Summary sheet, so no run of this job is known to have made it");
		}
		Map<String, String> facts = new HashMap<>();
		for (Row row : summary) {
			String label = CellValues.text(row.getCell(0));
			if (label != null && !facts.containsKey(label)) {
				facts.put(label, CellValues.text(row.getCell(1)));
			}
		}
		for (String wanted : List.of("Period", "Run")) {
			if (facts.get(wanted) == null) {
				throw new WorkbookRefusedException(name + ": sheet Summary has no " + wanted
						+ " in column A, so no run of this job is known to have made it");
			}
		}
		return facts;
	}

	private static void readCredits(Sheet sheet, String name, List<ReviewedLine> lines) {
		String sheetName = sheet.getSheetName();
		Row header = sheet.getRow(0);
		Map<String, Integer> columns = new HashMap<>();
		if (header != null) {
			for (int c = 0; c < header.getLastCellNum(); c++) {
				String text = CellValues.text(header.getCell(c));
				if (text != null) {
					columns.putIfAbsent(text, c);
				}
			}
		}
		for (String required : REQUIRED) {
			if (!columns.containsKey(required)) {
				throw new WorkbookRefusedException(name + ": sheet " + sheetName + ", row 1 has no column " + required
						+ ": the Credits headers must stay as they were written");
			}
		}
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			String customer = CellValues.text(row.getCell(columns.get(CUSTOMER_ID)));
			String service = CellValues.text(row.getCell(columns.get(SERVICE)));
			String region = CellValues.text(row.getCell(columns.get(REGION)));
			int amountColumn = columns.get(CREDIT_AMOUNT);
			if (customer == null && service == null && region == null
					&& CellValues.text(row.getCell(amountColumn)) == null) {
				// an empty row a program kept for its formatting
				continue;
			}
			String at = name + ": " + CellValues.where(sheetName, r, columns.get(CUSTOMER_ID));
			if (customer == null || service == null || region == null) {
				throw new WorkbookRefusedException(at + ": a line without customer_id, service or region");
			}
			// a key no run computed is refused later, quoting it: first it must fit on
			// the line
			typed(name, sheetName, r, columns.get(CUSTOMER_ID), CUSTOMER_ID, customer, TypedText.NAME, false);
			typed(name, sheetName, r, columns.get(SERVICE), SERVICE, service, TypedText.NAME, false);
			typed(name, sheetName, r, columns.get(REGION), REGION, region, TypedText.NAME, false);
			String amountCell = name + ": " + CellValues.where(sheetName, r, amountColumn);
			BigDecimal amount = CellValues.decimal(row.getCell(amountColumn), amountCell, CREDIT_AMOUNT);
			int approvalColumn = columns.get(APPROVAL);
			String approvalText = CellValues.text(row.getCell(approvalColumn));
			Approval approval = Approval.parse(approvalText);
			if (approval == null) {
				throw new WorkbookRefusedException(name + ": " + CellValues.where(sheetName, r, approvalColumn)
						+ ": approval '" + approvalText + "' is none of Pending, Approved, Rejected");
			}
			String reviewer = CellValues.text(row.getCell(columns.get(REVIEWER)));
			if (approval != Approval.PENDING && reviewer == null) {
				throw new WorkbookRefusedException(name + ": " + CellValues.where(sheetName, r, columns.get(REVIEWER))
						+ ": the line is " + approval.label() + " but names no reviewer: a decision says who made it");
			}
			String comment = CellValues.text(row.getCell(columns.get(COMMENT)));
			typed(name, sheetName, r, columns.get(REVIEWER), REVIEWER, reviewer, TypedText.NAME, false);
			typed(name, sheetName, r, columns.get(COMMENT), COMMENT, comment, TypedText.NOTE, true);
			lines.add(new ReviewedLine("sheet " + sheetName + ", row " + (r + 1),
					new LineKey(customer, service, region), amount, amountCell, approval, reviewer, comment));
		}
	}

	private static void typed(String name, String sheet, int row, int column, String what, String value, int limit,
			boolean multiline) {
		String problem = TypedText.problem(value, limit, multiline);
		if (problem != null) {
			throw new WorkbookRefusedException(
					name + ": " + CellValues.where(sheet, row, column) + ": " + what + " has " + problem);
		}
	}

	private static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			DigestInputStream digesting = (DigestInputStream) in;
			digesting.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new WorkbookRefusedException(file + ": cannot be read: " + ex.getMessage());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
