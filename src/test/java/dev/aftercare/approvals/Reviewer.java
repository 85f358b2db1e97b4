package dev.aftercare.approvals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a reviewer does to a workbook: opens it, edits cells, saves it, with POI (XSSF);
 * for the tests of any package.
 */
public final class Reviewer {

	private final XSSFWorkbook workbook;

	private Reviewer(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	public static void edit(Path from, Path to, Consumer<Reviewer> edits) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(from)) {
			workbook = new XSSFWorkbook(in);
		}
		edits.accept(new Reviewer(workbook));
		try (OutputStream out = Files.newOutputStream(to)) {
			workbook.write(out);
		}
		workbook.close();
	}

	/**
	 * Sets the approval, reviewer and comment of the line of
	 * {@code customer}/{@code service}.
	 */
	public Reviewer decide(String customer, String service, String approval, String reviewer, String comment) {
		Row row = row("Credits", customer, service);
		set(row, column("Credits", "approval"), approval);
		set(row, column("Credits", "reviewer"), reviewer);
		set(row, column("Credits", "comment"), comment);
		return this;
	}

	public Reviewer setNumber(String sheet, String customer, String service, String header, double value) {
		row(sheet, customer, service).getCell(column(sheet, header)).setCellValue(value);
		return this;
	}

	public Reviewer setText(String sheet, String customer, String header, String value) {
		set(row(sheet, customer, null), column(sheet, header), value);
		return this;
	}

	public static String cell(Path file, String sheetName, String customer, String service, String header)
			throws IOException {
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Reviewer reader = new Reviewer(workbook);
			Cell cell = reader.row(sheetName, customer, service).getCell(reader.column(sheetName, header));
			return new DataFormatter().formatCellValue(cell);
		}
	}

	private Row row(String sheetName, String customer, String service) {
		Sheet sheet = this.workbook.getSheet(sheetName);
		int id = column(sheetName, "customer_id");
		Integer serviceColumn = (service != null) ? column(sheetName, "service") : null;
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && customer.equals(row.getCell(id).getStringCellValue())
					&& (service == null || service.equals(row.getCell(serviceColumn).getStringCellValue()))) {
				return row;
			}
		}
		throw new IllegalArgumentException("no line " + customer + " " + service + " on " + sheetName);
	}

	private int column(String sheetName, String header) {
		for (Cell cell : this.workbook.getSheet(sheetName).getRow(0)) {
			if (header.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new IllegalArgumentException("no column " + header + " on " + sheetName);
	}

	private static void set(Row row, int column, String value) {
		Cell cell = (row.getCell(column) != null) ? row.getCell(column) : row.createCell(column);
		cell.setCellValue(value);
	}

}
