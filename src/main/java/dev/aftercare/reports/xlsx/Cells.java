package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * How a value goes into a cell. Text is always a string cell, never a formula, so that a
 * customer called {@code =HYPERLINK(...)} shows exactly that; formulas are only ours.
 */
final class Cells {

	static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private static final String CUT = " [cut: longer than a cell holds]";

	private Cells() {
	}

	static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = styled(row, column, style);
		if (value != null) {
			cell.setCellValue((value.length() > MAX_TEXT) ? value.substring(0, MAX_TEXT - CUT.length()) + CUT : value);
		}
		return cell;
	}

	static Cell number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = styled(row, column, style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		return cell;
	}

	static Cell number(Row row, int column, double value, CellStyle style) {
		Cell cell = styled(row, column, style);
		cell.setCellValue(value);
		return cell;
	}

	/** An instant as an Excel date-time in UTC. */
	static Cell utc(Row row, int column, Instant value, CellStyle style) {
		Cell cell = styled(row, column, style);
		if (value != null) {
			cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
		}
		return cell;
	}

	/**
	 * One of our formulas, with the value it has as written, so that a viewer that does
	 * not recalculate still shows the right number.
	 */
	static Cell formula(Row row, int column, String formula, double cached, CellStyle style) {
		Cell cell = styled(row, column, style);
		cell.setCellFormula(formula);
		cell.setCellValue(cached);
		return cell;
	}

	private static Cell styled(Row row, int column, CellStyle style) {
		Cell cell = row.createCell(column);
		if (style != null) {
			cell.setCellStyle(style);
		}
		return cell;
	}

}
