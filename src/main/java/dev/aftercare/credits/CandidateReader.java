package dev.aftercare.credits;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.model.Customer;
import dev.aftercare.model.Subscription;

/**
 * The subscriptions that may be affected in a run, each with its candidate incidents, in
 * customer order. The usage lookback was answered set-based, into {@code reliance}.
 * <p>
 * The customer range is in the database's own collation, as the partitioner made it, so
 * that it is a range of the primary keys of {@code reliance} and {@code in_subscription}:
 * each partition reads its own share of them, joined in key order. Whether an incident's
 * window meets the subscription's active days is left to the assessor, which asks the
 * stricter question of its timeline anyway.
 */
public final class CandidateReader {

	private static final String CANDIDATES = """
			SELECT s.customer_id, s.service, s.region, s.monthly_fee, s.monthly_fee_text, s.started_on, s.ended_on,
			       array_agg(r.incident_id ORDER BY r.incident_id) AS incident_ids
			FROM reliance r
			JOIN in_subscription s ON s.run_id = r.run_id AND s.customer_id = r.customer_id AND s.service = r.service
			     AND s.region = r.region
			WHERE r.run_id = ? AND r.customer_id BETWEEN ? AND ? AND s.customer_id BETWEEN ? AND ?
			GROUP BY s.run_id, s.customer_id, s.service, s.region
			ORDER BY s.customer_id, s.service, s.region
			""";

	// once per customer, not once per subscription
	private static final String CUSTOMERS = """
			SELECT customer_id, name, plan, currency, contact_name, email, phone, preferred_channel, account_manager
			FROM in_customer WHERE run_id = ? AND customer_id BETWEEN ? AND ?
			""";

	private CandidateReader() {
	}

	/**
	 * The candidates of the customers from {@code firstCustomer} to {@code lastCustomer}.
	 */
	public static JdbcCursorItemReader<SubscriptionCandidate> create(DataSource dataSource, long runId,
			String firstCustomer, String lastCustomer) {
		Map<String, Customer> customers = new HashMap<>();
		new JdbcTemplate(dataSource).query(CUSTOMERS, (rs) -> {
			Customer customer = new Customer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
			customers.put(customer.customerId(), customer);
		}, runId, firstCustomer, lastCustomer);
		return new JdbcCursorItemReaderBuilder<SubscriptionCandidate>().name("candidates")
			.dataSource(dataSource)
			.sql(CANDIDATES)
			.queryArguments(runId, firstCustomer, lastCustomer, firstCustomer, lastCustomer)
			.fetchSize(1000)
			.rowMapper((rs, row) -> map(rs, customers))
			.build();
	}

	// by position, in the order of CANDIDATES: a label is looked up again on every row
	private static SubscriptionCandidate map(ResultSet rs, Map<String, Customer> customers) throws SQLException {
		Customer customer = customers.get(rs.getString(1));
		// as LocalDate directly: through java.sql.Date a date takes two trips through a
		// Calendar
		Subscription subscription = new Subscription(customer.customerId(), rs.getString(2), rs.getString(3),
				rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, LocalDate.class),
				rs.getObject(7, LocalDate.class));
		Array ids = rs.getArray(8);
		return new SubscriptionCandidate(customer, subscription, Arrays.asList((String[]) ids.getArray()));
	}

}
