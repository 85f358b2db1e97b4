package dev.aftercare.reports.csv;

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

	/** The record of a row with the columns of the {@code credit} table. */
	public static Object[] record(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		return new Object[] { rs.getString("period"), rs.getString("customer_id"), rs.getString("customer_name"),
				rs.getString("plan"), rs.getString("service"), rs.getString("region"), currency,
				rs.getString("monthly_fee_text"),
				rs.getBigDecimal("downtime_minutes").setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
				rs.getBigDecimal("uptime_percent").setScale(4, java.math.RoundingMode.HALF_UP).toPlainString(),
				CsvFiles.plain(rs.getBigDecimal("sla_target")), CsvFiles.plain(rs.getBigDecimal("credit_percent")),
				rs.getString("basis"), MinorUnit.round(rs.getBigDecimal("credit_amount"), currency).toPlainString(),
				rs.getString("incident_ids") };
	}

}
