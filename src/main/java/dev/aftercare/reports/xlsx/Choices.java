package dev.aftercare.reports.xlsx;

import java.util.List;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;

/**
 * Drop-downs people choose from, and the colours that make lines stand out: both stay
 * live as people work in the sheet.
 */
final class Choices {

	private Choices() {
	}

	/** Cells of {@code range} take one of {@code values}, chosen from a drop-down. */
	static void dropDown(Sheet sheet, CellRangeAddress range, List<String> values, String title) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(values.toArray(String[]::new)), new CellRangeAddressList(
						range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), range.getLastColumn()));
		// XSSF inverts this flag: true keeps the in-cell arrow visible
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(title, "Choose one of: " + String.join(", ", values));
		sheet.addValidationData(validation);
	}

	/** Cells of {@code range} equal to {@code value} get {@code color} as their fill. */
	static void colourWhenEquals(Sheet sheet, CellRangeAddress range, String value, String color) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
				"\"" + value + "\"");
		fill(rule, color);
		formatting.addConditionalFormatting(new CellRangeAddress[] { range }, rule);
	}

	/**
	 * Rows of {@code range} where {@code formula} (written for its first row) holds get
	 * {@code color}.
	 */
	static void colourWhen(Sheet sheet, CellRangeAddress range, String formula, String color) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
		fill(rule, color);
		formatting.addConditionalFormatting(new CellRangeAddress[] { range }, rule);
	}

	private static void fill(ConditionalFormattingRule rule, String color) {
		XSSFPatternFormatting pattern = (XSSFPatternFormatting) rule.createPatternFormatting();
		pattern.setFillBackgroundColor(new XSSFColor(Styles.rgb(color), null));
		pattern.setFillPattern(XSSFPatternFormatting.SOLID_FOREGROUND);
	}

}
