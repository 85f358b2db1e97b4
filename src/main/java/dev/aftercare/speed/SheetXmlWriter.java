package dev.aftercare.speed;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes the rows SXSSF flushes to its temporary file exactly as POI's
 * {@link SheetDataWriter} does, only faster for the cells that make up nearly all of a
 * sheet: text, numbers and blanks. POI escapes text one code point at a time and builds a
 * {@link CellReference} for every cell; over millions of cells that was most of the time
 * the workbooks took. Formulas and the rest still go through POI. The XML goes to disk
 * through a {@link Utf8Writer}.
 */
final class SheetXmlWriter extends SheetDataWriter {

	/** Column letters of the columns our sheets have, made once. */
	private static final String[] LETTERS = new String[64];

	static {
		for (int i = 0; i < LETTERS.length; i++) {
			LETTERS[i] = CellReference.convertNumToColString(i);
		}
	}

	/** The number of the row being written, as it appears in a cell reference. */
	private String rowNumber;

	SheetXmlWriter() throws IOException {
	}

	/** Called by POI once, for the temporary file of the sheet. */
	@Override
	public Writer createWriter(File file) throws IOException {
		return new Utf8Writer(new FileOutputStream(file));
	}

	@Override
	public void writeRow(int rownum, SXSSFRow row) throws IOException {
		this.rowNumber = Integer.toString(rownum + 1);
		super.writeRow(rownum, row);
	}

	@Override
	public void writeCell(int columnIndex, Cell cell) throws IOException {
		if (cell == null) {
			return;
		}
		CellType type = cell.getCellType();
		if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
			super.writeCell(columnIndex, cell);
			return;
		}
		Writer out = this._out;
		out.write("<c r=\"");
		out.write((columnIndex < LETTERS.length) ? LETTERS[columnIndex]
				: CellReference.convertNumToColString(columnIndex));
		out.write(this.rowNumber);
		out.write('"');
		int style = cell.getCellStyle().getIndex() & 0xffff;
		if (style != 0) {
			out.write(" s=\"");
			out.write(Integer.toString(style));
			out.write('"');
		}
		if (type == CellType.NUMERIC) {
			out.write(" t=\"n\"><v>");
			out.write(Double.toString(cell.getNumericCellValue()));
			out.write("</v>");
		}
		else if (type == CellType.STRING) {
			String value = cell.getStringCellValue();
			out.write(" t=\"inlineStr\"><is><t");
			if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0))
					|| Character.isWhitespace(value.charAt(value.length() - 1)))) {
				out.write(" xml:space=\"preserve\"");
			}
			out.write('>');
			outputEscapedString(value);
			out.write("</t></is>");
		}
		else {
			out.write('>');
		}
		out.write("</c>");
	}

	/** What POI writes for each character, in one pass with its encoding. */
	@Override
	protected void outputEscapedString(String text) throws IOException {
		if (text != null) {
			// the writer this made in createWriter
			((Utf8Writer) this._out).writeEscaped(text);
		}
	}

}
