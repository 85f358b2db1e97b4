package dev.aftercare.reports.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import dev.aftercare.credits.MinorUnit;

/** The few cell styles a workbook uses, made once per workbook. */
final class Styles {

	/** Two lines: a header wraps rather than widening its column. */
	static final float HEADER_HEIGHT = 30;

	private final Workbook workbook;

	private final Map<Integer, CellStyle> amounts = new HashMap<>();

	final CellStyle header;

	final CellStyle title;

	final CellStyle label;

	final CellStyle text;

	final CellStyle wrapped;

	final CellStyle dateTime;

	final CellStyle minutes;

	final CellStyle count;

	final CellStyle uptime;

	final CellStyle percent;

	Styles(Workbook workbook, String primaryColor) {
		this.workbook = workbook;
		this.header = workbook.createCellStyle();
		Font headerFont = workbook.createFont();
		headerFont.setBold(true);
		headerFont.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
		this.header.setFont(headerFont);
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		((XSSFCellStyle) this.header).setFillForegroundColor(new XSSFColor(rgb(primaryColor), null));
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setVerticalAlignment(VerticalAlignment.TOP);
		this.header.setWrapText(true);
		this.title = workbook.createCellStyle();
		Font titleFont = workbook.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 14);
		this.title.setFont(titleFont);
		this.label = workbook.createCellStyle();
		Font labelFont = workbook.createFont();
		labelFont.setBold(true);
		this.label.setFont(labelFont);
		this.text = withFormat("@");
		this.wrapped = withFormat("@");
		this.wrapped.setWrapText(true);
		this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		this.dateTime = withFormat("yyyy-mm-dd hh:mm");
		this.minutes = withFormat("#,##0.00");
		this.count = withFormat("#,##0");
		this.uptime = withFormat("0.0000%");
		this.percent = withFormat("0.0##%");
	}

	/** Amounts in {@code currency}, with its own decimals: JPY 1,200, USD 1,200.00. */
	CellStyle amount(String currency) {
		int digits = MinorUnit.digits(currency);
		return this.amounts.computeIfAbsent(digits,
				(key) -> withFormat((digits == 0) ? "#,##0" : "#,##0." + "0".repeat(digits)));
	}

	private CellStyle withFormat(String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

	static byte[] rgb(String color) {
		String hex = (color != null && color.matches("#[0-9A-Fa-f]{6}")) ? color.substring(1) : "1F4E79";
		return new byte[] { (byte) Integer.parseInt(hex.substring(0, 2), 16),
				(byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16) };
	}

}
