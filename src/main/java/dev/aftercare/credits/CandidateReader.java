package dev.aftercare.credits;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;

import dev.aftercare.model.Customer;
import dev.aftercare.model.Subscription;

/**
 * The subscriptions that may be affected in a run, each with its candidate incidents, in
 * customer order. The usage lookback was answered set-based, into {@code reliance}.
 */
public final class CandidateReader {

	// The customer range is in the database's own collation, as the partitioner made it,
	// so that it is a range of the primary keys of in_subscription and reliance: each
	// partition reads its own share of them, not all of them. The time filter only spares
	// the assessor incidents that cannot meet the subscription; the customer comes last,
	// once per subscription.
	private static final String CANDIDATES = """
			SELECT x.customer_id, x.service, x.region, x.monthly_fee, x.monthly_fee_text, x.started_on, x.ended_on,
			       c.name, c.plan, c.currency, c.contact_name, c.email, c.phone, c.preferred_channel, c.account_manager,
			       x.incident_ids
			FROM (SELECT s.customer_id, s.service, s.region, s.monthly_fee, s.monthly_fee_text, s.started_on,
			             s.ended_on, array_agg(r.incident_id ORDER BY r.incident_id) AS incident_ids
			      FROM in_subscription s
			      JOIN reliance r ON r.run_id = s.run_id AND r.customer_id = s.customer_id AND r.service = s.service
			           AND r.region = s.region
			      JOIN impact_window w ON w.run_id = r.run_id AND w.service = r.service AND w.region = r.region
			           AND w.incident_id = r.incident_id
			      WHERE s.run_id = ? AND s.customer_id BETWEEN ? AND ?
			        AND r.customer_id BETWEEN ? AND ?
			        AND (s.started_on::timestamp AT TIME ZONE 'UTC') < w.impact_end
			        AND (s.ended_on IS NULL OR (s.ended_on::timestamp AT TIME ZONE 'UTC') > w.impact_start)
			      GROUP BY s.run_id, s.customer_id, s.service, s.region) AS x
			JOIN in_customer c ON c.run_id = ? AND c.customer_id = x.customer_id
			ORDER BY x.customer_id, x.service, x.region
			""";

	private CandidateReader() {
	}

	/**
	 * The candidates of the customers from {@code firstCustomer} to {@code lastCustomer}.
	 */
	public static JdbcCursorItemReader<SubscriptionCandidate> create(DataSource dataSource, long runId,
			String firstCustomer, String lastCustomer) {
		return new JdbcCursorItemReaderBuilder<SubscriptionCandidate>().name("candidates")
			.dataSource(dataSource)
			.sql(CANDIDATES)
			.queryArguments(runId, firstCustomer, lastCustomer, firstCustomer, lastCustomer, runId)
			.fetchSize(1000)
			.rowMapper((rs, row) -> map(rs))
			.build();
	}

	// by position, in the order of CANDIDATES: a label is looked up again on every row
	private static SubscriptionCandidate map(ResultSet rs) throws SQLException {
		Customer customer = new Customer(rs.getString(1), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15));
		java.sql.Date endedOn = rs.getDate(7);
		Subscription subscription = new Subscription(customer.customerId(), rs.getString(2), rs.getString(3),
				rs.getBigDecimal(4), rs.getString(5), rs.getDate(6).toLocalDate(),
				(endedOn != null) ? endedOn.toLocalDate() : null);
		Array ids = rs.getArray(16);
		return new SubscriptionCandidate(customer, subscription, Arrays.asList((String[]) ids.getArray()));
	}

}
