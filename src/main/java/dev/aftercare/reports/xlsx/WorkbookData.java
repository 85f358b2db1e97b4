package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import dev.aftercare.credits.CreditLine;
import dev.aftercare.credits.CreditLines;
import dev.aftercare.ingest.InputFile;
import dev.aftercare.model.Interval;

/**
 * What the workbooks read from a run's tables. The long lists stream: close the streams.
 */
final class WorkbookData {

	/**
	 * Per currency, the smallest of its 10 largest credits: lines from there up stand
	 * out.
	 */
	private static final String LARGEST = """
			SELECT currency, min(credit_amount) AS threshold FROM (
			  SELECT currency, credit_amount,
			         row_number() OVER (PARTITION BY currency ORDER BY credit_amount DESC) AS place
			  FROM credit WHERE run_id = ? AND credit_amount > 0) ranked
			WHERE place <= 10 GROUP BY currency
			""";

	private static final String AFFECTED_COUNTS = """
			SELECT incident_id, count(*) AS subscriptions, count(DISTINCT customer_id) AS customers
			FROM affected WHERE run_id = ? GROUP BY incident_id
			""";

	private static final String FILE_COUNTS = """
			SELECT f.file, f.read, (SELECT count(*) FROM input_reject r WHERE r.run_id = f.run_id AND r.file = f.file)
			       AS rejected
			FROM input_file_count f WHERE f.run_id = ?
			ORDER BY %s
			""".formatted(InputFile.sqlOrder("f.file"));

	private final JdbcTemplate jdbc;

	WorkbookData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The run's credit lines, as {@code credits.csv} has them: close the stream. */
	Stream<CreditLine> creditLines(long runId) {
		return CreditLines.of(this.jdbc, runId);
	}

	Map<String, BigDecimal> largestCredits(long runId) {
		Map<String, BigDecimal> thresholds = new HashMap<>();
		this.jdbc.query(LARGEST, (rs) -> {
			thresholds.put(rs.getString("currency"), rs.getBigDecimal("threshold"));
		}, runId);
		return thresholds;
	}

	/** Per incident: subscriptions and customers it affected. */
	Map<String, long[]> affectedCounts(long runId) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.query(AFFECTED_COUNTS, (rs) -> {
			counts.put(rs.getString("incident_id"),
					new long[] { rs.getLong("subscriptions"), rs.getLong("customers") });
		}, runId);
		return counts;
	}

	List<RunInfo.FileCount> fileCounts(long runId) {
		return this.jdbc.query(FILE_COUNTS,
				(rs, row) -> new RunInfo.FileCount(rs.getString("file"), rs.getLong("read"), rs.getLong("rejected")),
				runId);
	}

	/**
	 * The affected customers in the order to work through them: see
	 * {@link FollowUpQuery}.
	 */
	Stream<FollowUpCustomer> followUp(long runId, YearMonth period, Collection<String> incidentIds) {
		Interval month = Interval.of(period);
		// a java array binds as one SQL array: a list would expand into one parameter
		// each
		Map<String, Object> parameters = Map.of("run", runId, "from", Timestamp.from(month.from()), "until",
				Timestamp.from(month.to()), "period", period.toString(), "incidents",
				new SqlParameterValue(Types.ARRAY, incidentIds.toArray(String[]::new)));
		return new NamedParameterJdbcTemplate(this.jdbc).queryForStream(FollowUpQuery.SQL, parameters,
				(rs, row) -> followUpCustomer(rs));
	}

	private static FollowUpCustomer followUpCustomer(ResultSet rs) throws SQLException {
		String[] ids = strings(rs.getArray("incident_ids"));
		String[] services = strings(rs.getArray("services"));
		String[] regions = strings(rs.getArray("regions"));
		BigDecimal[] seconds = (BigDecimal[]) rs.getArray("impact_seconds").getArray();
		List<FollowUpCustomer.Hit> hits = new ArrayList<>();
		// sorted by incident: each run of one id is one hit
		for (int from = 0, to; from < ids.length; from = to) {
			List<FollowUpCustomer.Place> places = new ArrayList<>();
			BigDecimal longest = BigDecimal.ZERO;
			for (to = from; to < ids.length && ids[to].equals(ids[from]); to++) {
				places.add(new FollowUpCustomer.Place(services[to], regions[to]));
				longest = longest.max(seconds[to]);
			}
			hits.add(new FollowUpCustomer.Hit(ids[from], List.copyOf(places), longest));
		}
		return new FollowUpCustomer(rs.getInt("priority"), rs.getString("customer_id"), rs.getString("name"),
				rs.getString("contact_name"), rs.getString("email"), rs.getString("phone"),
				rs.getString("preferred_channel"), rs.getString("account_manager"), rs.getString("currency"), hits,
				rs.getBigDecimal("downtime_minutes"), rs.getBigDecimal("credit_amount"),
				rs.getBigDecimal("approved_amount"), rs.getBigDecimal("pending_amount"),
				rs.getBigDecimal("credit_percent"), rs.getString("bases"), rs.getInt("subscriptions"),
				rs.getString("tickets"), instant(rs.getTimestamp("first_ticket_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

}
