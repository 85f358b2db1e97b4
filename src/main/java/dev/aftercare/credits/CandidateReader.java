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

	private static final String CANDIDATES = """
			SELECT s.customer_id, s.service, s.region, s.monthly_fee, s.monthly_fee_text, s.started_on, s.ended_on,
			       c.name, c.plan, c.currency, c.contact_name, c.email, c.phone, c.preferred_channel, c.account_manager,
			       array_agg(w.incident_id ORDER BY w.incident_id) AS incident_ids
			FROM in_subscription s
			JOIN in_customer c ON c.run_id = s.run_id AND c.customer_id = s.customer_id
			JOIN reliance r ON r.run_id = s.run_id AND r.customer_id = s.customer_id AND r.service = s.service
			     AND r.region = s.region
			JOIN impact_window w ON w.run_id = s.run_id AND w.incident_id = r.incident_id AND w.service = s.service
			     AND w.region = s.region
			WHERE s.run_id = ? AND s.customer_id COLLATE "C" BETWEEN ? AND ?
			  AND (s.started_on::timestamp AT TIME ZONE 'UTC') < w.impact_end
			  AND (s.ended_on IS NULL OR (s.ended_on::timestamp AT TIME ZONE 'UTC') > w.impact_start)
			GROUP BY s.customer_id, s.service, s.region, s.monthly_fee, s.monthly_fee_text, s.started_on, s.ended_on,
			         c.name, c.plan, c.currency, c.contact_name, c.email, c.phone, c.preferred_channel, c.account_manager
			ORDER BY s.customer_id COLLATE "C", s.service COLLATE "C", s.region COLLATE "C"
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
			.queryArguments(runId, firstCustomer, lastCustomer)
			.fetchSize(1000)
			.rowMapper((rs, row) -> map(rs))
			.build();
	}

	private static SubscriptionCandidate map(ResultSet rs) throws SQLException {
		Customer customer = new Customer(rs.getString("customer_id"), rs.getString("name"), rs.getString("plan"),
				rs.getString("currency"), rs.getString("contact_name"), rs.getString("email"), rs.getString("phone"),
				rs.getString("preferred_channel"), rs.getString("account_manager"));
		java.sql.Date endedOn = rs.getDate("ended_on");
		Subscription subscription = new Subscription(customer.customerId(), rs.getString("service"),
				rs.getString("region"), rs.getBigDecimal("monthly_fee"), rs.getString("monthly_fee_text"),
				rs.getDate("started_on").toLocalDate(), (endedOn != null) ? endedOn.toLocalDate() : null);
		Array ids = rs.getArray("incident_ids");
		return new SubscriptionCandidate(customer, subscription, Arrays.asList((String[]) ids.getArray()));
	}

}
