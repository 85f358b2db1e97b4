package dev.aftercare.reports.xlsx;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Live totals over the Credits sheet and its continuation sheets: one SUMIFS or COUNTIFS
 * per sheet, added up, so that a rejected line moves every total that covers it.
 */
final class CreditFormulas {

	private final List<SheetSeries.Part> parts;

	CreditFormulas(List<SheetSeries.Part> parts) {
		this.parts = List.copyOf(parts);
	}

	String count(Criterion... criteria) {
		return this.parts.stream()
			.map((part) -> "COUNTIFS(" + conditions(part, criteria) + ")")
			.collect(Collectors.joining("+"));
	}

	String sum(String amountColumn, Criterion... criteria) {
		return this.parts.stream()
			.map((part) -> "SUMIFS(" + part.range(amountColumn) + "," + conditions(part, criteria) + ")")
			.collect(Collectors.joining("+"));
	}

	private static String conditions(SheetSeries.Part part, Criterion... criteria) {
		StringBuilder conditions = new StringBuilder();
		for (Criterion criterion : criteria) {
			if (!conditions.isEmpty()) {
				conditions.append(',');
			}
			conditions.append(part.range(criterion.column())).append(',').append(criterion.expression());
		}
		return conditions.toString();
	}

	/**
	 * The column equals the text in {@code cell}, taken literally: its {@code *},
	 * {@code ?} and {@code ~} are no wildcards and a leading {@code >} is no operator.
	 */
	static Criterion equalsCell(String column, String cell) {
		return new Criterion(column, "\"=\"&" + literal(cell));
	}

	/**
	 * The column, a {@code ;}-separated list framed by {@code ;}, holds the item in
	 * {@code cell}.
	 */
	static Criterion listHolds(String column, String cell) {
		return new Criterion(column, "\"*;\"&" + literal(cell) + "&\";*\"");
	}

	/** The column matches one of our own constants, such as {@code sla} or {@code >0}. */
	static Criterion is(String column, String constant) {
		return new Criterion(column, "\"" + constant.replace("\"", "\"\"") + "\"");
	}

	private static String literal(String cell) {
		return "SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(" + cell + ",\"~\",\"~~\"),\"*\",\"~*\"),\"?\",\"~?\")";
	}

	/** A condition of a SUMIFS or COUNTIFS: a column and what it must match. */
	record Criterion(String column, String expression) {
	}

}
