package dev.aftercare.reports.csv;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.aftercare.credits.MinorUnit;

/**
 * The columns of {@code credits.csv} and how a stored credit line becomes one of its
 * records.
 */
public final class CreditCsv {

	public static final String[] COLUMNS = { "period", "customer_id", "customer_name", "plan", "service", "region",
			"currency", "monthly_fee", "downtime_minutes", "uptime_percent", "sla_target", "credit_percent", "basis",
			"credit_amount", "incident_ids" };

	private CreditCsv() {
	}

	/**
	 * The record of a row whose first columns are those of {@code COLUMNS}, in that
	 * order, as the {@code credit} table has them. By position: a label is looked up
	 * again on every row.
	 */
	public static Object[] record(ResultSet rs) throws SQLException {
		String currency = rs.getString(7);
		return new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), currency, rs.getString(8),
				rs.getBigDecimal(9).setScale(2, RoundingMode.HALF_UP).toPlainString(),
				rs.getBigDecimal(10).setScale(4, RoundingMode.HALF_UP).toPlainString(),
				CsvFiles.plain(rs.getBigDecimal(11)), CsvFiles.plain(rs.getBigDecimal(12)), rs.getString(13),
				MinorUnit.round(rs.getBigDecimal(14), currency).toPlainString(),
				String.join(";", (String[]) rs.getArray(15).getArray()) };
	}

}
