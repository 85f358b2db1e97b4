package dev.aftercare.approvals;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * What a reviewer's cell holds, whatever program saved it last: Excel, LibreOffice and
 * openpyxl may turn text that looks like a number into a number, store strings inline or
 * shared, and keep a formula with its cached result.
 */
final class CellValues {

	private CellValues() {
	}

	/** The cell as text, stripped; {@code null} when blank. */
	static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String text = switch (type) {
			case STRING -> string(cell);
			// a number a program made of text like "1001": its shortest decimal form
			case NUMERIC -> plain(BigDecimal.valueOf(cell.getNumericCellValue()));
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase();
			default -> null;
		};
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The cell as an exact decimal: a number cell gives the shortest decimal of its
	 * double, which for an amount written from a decimal is that decimal.
	 * @throws WorkbookRefusedException when the cell holds no number
	 */
	static BigDecimal decimal(Cell cell, String where, String what) {
		if (cell != null) {
			CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
					: cell.getCellType();
			if (type == CellType.NUMERIC) {
				return BigDecimal.valueOf(cell.getNumericCellValue());
			}
		}
		String text = text(cell);
		try {
			if (text != null) {
				return new BigDecimal(text);
			}
		}
		catch (NumberFormatException ex) {
			// refused below, naming the cell
		}
		throw new WorkbookRefusedException(
				where + ": " + what + " '" + ((text != null) ? text : "") + "' is not a number");
	}

	/**
	 * POI, editing a cell it holds as an inline string, writes the new text as the cell's
	 * value and leaves the old inline text beside it, which POI then reads first. Only
	 * such an edit gives an inline string a value: the value is the newer text.
	 */
	private static String string(Cell cell) {
		if (cell instanceof XSSFCell xssf) {
			CTCell ct = xssf.getCTCell();
			if (ct.getT() == STCellType.INLINE_STR && ct.isSetV()) {
				return ct.getV();
			}
		}
		return cell.getStringCellValue();
	}

	static String where(String sheet, int row, int column) {
		return "sheet " + sheet + ", cell " + new CellReference(row, column).formatAsString(false);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
