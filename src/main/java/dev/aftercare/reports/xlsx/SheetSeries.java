package dev.aftercare.reports.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list that may outgrow one sheet: past the row limit its rows go on in "Name 2", "Name
 * 3"... Each sheet has the header, widths, a frozen header row and a filter.
 */
final class SheetSeries {

	/** Data rows one sheet holds below its header. */
	static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

	private final SXSSFWorkbook workbook;

	private final String name;

	private final List<Column> columns;

	private final Styles styles;

	private final int maxDataRows;

	private final List<Sheet> sheets = new ArrayList<>();

	private int nextRow;

	private long rows;

	SheetSeries(SXSSFWorkbook workbook, String name, List<Column> columns, Styles styles, int maxDataRows) {
		this.workbook = workbook;
		this.name = name;
		this.columns = List.copyOf(columns);
		this.styles = styles;
		this.maxDataRows = maxDataRows;
		startSheet();
	}

	Row nextRow() {
		if (this.nextRow > this.maxDataRows) {
			startSheet();
		}
		this.rows++;
		return current().createRow(this.nextRow++);
	}

	long rows() {
		return this.rows;
	}

	/**
	 * Every sheet of the series with the range of its data rows, to finish or refer to.
	 */
	List<Part> parts() {
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < this.sheets.size(); i++) {
			Sheet sheet = this.sheets.get(i);
			int lastRow = (i < this.sheets.size() - 1) ? this.maxDataRows : Math.max(1, this.nextRow - 1);
			parts.add(new Part(sheet, lastRow));
		}
		return parts;
	}

	/** Applies {@code finish} to each sheet and its data rows, then sets the filter. */
	void finish(BiConsumer<Sheet, Part> finish) {
		for (Part part : parts()) {
			finish.accept(part.sheet(), part);
			part.sheet().setAutoFilter(new CellRangeAddress(0, part.lastRow(), 0, this.columns.size() - 1));
		}
	}

	private Sheet current() {
		return this.sheets.get(this.sheets.size() - 1);
	}

	private void startSheet() {
		String sheetName = this.sheets.isEmpty() ? this.name : this.name + " " + (this.sheets.size() + 1);
		Sheet sheet = this.workbook.createSheet(sheetName);
		Row header = sheet.createRow(0);
		header.setHeightInPoints(Styles.HEADER_HEIGHT);
		for (int i = 0; i < this.columns.size(); i++) {
			Cells.text(header, i, this.columns.get(i).header(), this.styles.header);
			sheet.setColumnWidth(i, Math.min(255, this.columns.get(i).width()) * 256);
		}
		sheet.createFreezePane(0, 1);
		this.sheets.add(sheet);
		this.nextRow = 1;
	}

	/**
	 * One sheet of the series; its data rows are 2 to {@code lastRow + 1} in A1 terms.
	 */
	record Part(Sheet sheet, int lastRow) {

		/** {@code 'Sheet'!$X$2:$X$n} for a column letter. */
		String range(String column) {
			return "'" + this.sheet.getSheetName().replace("'", "''") + "'!$" + column + "$2:$" + column + "$"
					+ (this.lastRow + 1);
		}

		CellRangeAddress rows(int firstColumn, int lastColumn) {
			return new CellRangeAddress(1, this.lastRow, firstColumn, lastColumn);
		}

	}

}
