package dev.aftercare.credits;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stored credit lines of a run, in the order of {@code credits.csv}: the one query
 * that the CSV export and the credit review both read, so that the review holds exactly
 * the file's lines without reading the file back.
 */
public final class CreditLines {

	/** The lines of a run, whose one parameter is the run id. */
	public static final String SQL = """
			SELECT period, customer_id, customer_name, plan, service, region, currency, monthly_fee_text,
			       downtime_minutes, uptime_percent, sla_target, credit_percent, basis, credit_amount, incident_ids
			FROM credit WHERE run_id = ?
			ORDER BY customer_id COLLATE "C", service COLLATE "C", region COLLATE "C"
			""";

	private CreditLines() {
	}

	/** The lines of run {@code runId}, streaming from a cursor: close the stream. */
	public static Stream<CreditLine> of(JdbcTemplate jdbc, long runId) {
		return jdbc.queryForStream(SQL, (rs, row) -> line(rs), runId);
	}

	/**
	 * The line of a row whose first columns are those of {@link #SQL}, in that order,
	 * rounded as {@code credits.csv} shows them. By position: a label is looked up again
	 * on every row.
	 */
	public static CreditLine line(ResultSet rs) throws SQLException {
		String currency = rs.getString(7);
		return new CreditLine(YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), currency, rs.getString(8),
				rs.getBigDecimal(9).setScale(2, RoundingMode.HALF_UP),
				rs.getBigDecimal(10).setScale(4, RoundingMode.HALF_UP), rs.getBigDecimal(11), rs.getBigDecimal(12),
				Basis.valueOf(rs.getString(13).toUpperCase(Locale.ROOT)),
				MinorUnit.round(rs.getBigDecimal(14), currency), List.of((String[]) rs.getArray(15).getArray()));
	}

}
