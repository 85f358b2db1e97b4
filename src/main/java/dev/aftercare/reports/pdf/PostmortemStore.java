package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import dev.aftercare.credits.Basis;
import dev.aftercare.credits.MinorUnit;
import dev.aftercare.reports.pdf.InternalDetail.Count;
import dev.aftercare.reports.pdf.InternalDetail.CurrencyTotal;
import dev.aftercare.reports.pdf.InternalDetail.LargestCredit;
import dev.aftercare.reports.pdf.PublicPostmortem.CreditRate;

/**
 * Reads what a run computed about each incident's customers and credits, aggregated in
 * the database. A credit line belongs to every incident in its {@code incident_ids}.
 */
final class PostmortemStore {

	/** How many of the largest credits of each currency the internal edition lists. */
	static final int LARGEST_PER_CURRENCY = 5;

	private static final String AFFECTED_CUSTOMERS = """
			SELECT incident_id, count(DISTINCT customer_id) AS customers
			FROM affected WHERE run_id = ? GROUP BY incident_id
			""";

	private static final String BREAKDOWN = """
			SELECT a.incident_id, c.plan, a.region, a.service, GROUPING(c.plan) AS no_plan,
			       GROUPING(a.region) AS no_region, count(*) AS subscriptions,
			       count(DISTINCT a.customer_id) AS customers
			FROM affected a JOIN in_customer c ON c.run_id = a.run_id AND c.customer_id = a.customer_id
			WHERE a.run_id = ?
			GROUP BY GROUPING SETS ((a.incident_id, c.plan), (a.incident_id, a.region), (a.incident_id, a.service))
			ORDER BY a.incident_id, subscriptions DESC, c.plan COLLATE "C", a.region COLLATE "C",
			         a.service COLLATE "C"
			""";

	private static final String LINES = """
			WITH line AS (
			  SELECT i.incident_id, c.*
			  FROM credit c CROSS JOIN LATERAL unnest(c.incident_ids) AS i(incident_id)
			  WHERE c.run_id = ?)
			""";

	private static final String RATES = LINES + """
			SELECT incident_id, plan, basis, credit_percent, count(*) AS subscriptions
			FROM line WHERE credit_percent > 0
			GROUP BY incident_id, plan, basis, credit_percent
			ORDER BY incident_id, plan COLLATE "C", credit_percent DESC
			""";

	private static final String TOTALS = LINES + """
			SELECT incident_id, currency, count(*) AS lines, sum(credit_amount) AS amount
			FROM line WHERE credit_amount > 0
			GROUP BY incident_id, currency ORDER BY incident_id, currency
			""";

	private static final String LARGEST = LINES + """
			SELECT * FROM (
			  SELECT line.*, row_number() OVER (PARTITION BY incident_id, currency
			         ORDER BY credit_amount DESC, customer_id COLLATE "C", service COLLATE "C",
			                  region COLLATE "C") AS rank
			  FROM line WHERE credit_amount > 0) ranked
			WHERE rank <= ? ORDER BY incident_id, currency, rank
			""";

	/**
	 * Each incident's exact share of the credits: a line caused by several incidents is
	 * split in proportion to the weighted downtime each gave the subscription (excluded
	 * ones none), or evenly where none gave any.
	 */
	private static final String SHARES = """
			WITH line AS (
			  SELECT i.incident_id, c.customer_id, c.service, c.region, c.currency, c.credit_amount
			  FROM credit c CROSS JOIN LATERAL unnest(c.incident_ids) AS i(incident_id)
			  WHERE c.run_id = ? AND c.credit_amount > 0),
			weighted AS (
			  SELECT line.*, CASE WHEN a.excluded THEN 0 ELSE coalesce(a.downtime_seconds, 0) END AS weight
			  FROM line LEFT JOIN affected a ON a.run_id = ? AND a.incident_id = line.incident_id
			       AND a.customer_id = line.customer_id AND a.service = line.service AND a.region = line.region),
			shared AS (
			  SELECT weighted.*, sum(weight) OVER w AS line_weight, count(*) OVER w AS incidents
			  FROM weighted WINDOW w AS (PARTITION BY customer_id, service, region))
			SELECT incident_id, currency, count(*) FILTER (WHERE weight > 0 OR line_weight = 0) AS lines,
			       sum(CASE WHEN line_weight > 0 THEN credit_amount * weight / line_weight
			                ELSE credit_amount / incidents END) AS share
			FROM shared GROUP BY incident_id, currency
			""";

	private static final String MONTH_TOTALS = """
			SELECT currency, count(*) AS lines, sum(credit_amount) AS amount
			FROM credit WHERE run_id = ? AND credit_amount > 0 GROUP BY currency ORDER BY currency
			""";

	private static final String SUBSCRIBED = """
			SELECT service, region FROM in_subscription WHERE run_id = ? GROUP BY service, region
			ORDER BY service COLLATE "C", region COLLATE "C"
			""";

	private final JdbcTemplate jdbc;

	PostmortemStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	RunFacts load(long runId) {
		Map<String, Long> customers = new HashMap<>();
		each(AFFECTED_CUSTOMERS, (rs) -> customers.put(rs.getString("incident_id"), rs.getLong("customers")), runId);
		Map<String, List<Count>> byPlan = new HashMap<>();
		Map<String, List<Count>> byRegion = new HashMap<>();
		Map<String, List<Count>> byService = new HashMap<>();
		each(BREAKDOWN, (rs) -> {
			Map<String, List<Count>> target;
			String name;
			if (rs.getInt("no_plan") == 0) {
				target = byPlan;
				name = rs.getString("plan");
			}
			else if (rs.getInt("no_region") == 0) {
				target = byRegion;
				name = rs.getString("region");
			}
			else {
				target = byService;
				name = rs.getString("service");
			}
			add(target, rs.getString("incident_id"),
					new Count(name, rs.getLong("subscriptions"), rs.getLong("customers")));
		}, runId);
		Map<String, List<CreditRate>> rates = new HashMap<>();
		each(RATES,
				(rs) -> add(rates, rs.getString("incident_id"),
						new CreditRate(rs.getString("plan"),
								Basis.valueOf(rs.getString("basis").toUpperCase(Locale.ROOT)),
								rs.getBigDecimal("credit_percent"), rs.getLong("subscriptions"))),
				runId);
		Map<String, List<CurrencyTotal>> totals = new HashMap<>();
		each(TOTALS,
				(rs) -> add(totals, rs.getString("incident_id"),
						new CurrencyTotal(rs.getString("currency"), rs.getLong("lines"), rs.getBigDecimal("amount"))),
				runId);
		Map<String, List<LargestCredit>> largest = new HashMap<>();
		each(LARGEST, (rs) -> add(largest, rs.getString("incident_id"),
				new LargestCredit(rs.getString("customer_id"), rs.getString("customer_name"), rs.getString("plan"),
						rs.getString("service"), rs.getString("region"), rs.getString("currency"),
						rs.getBigDecimal("credit_percent"), rs.getString("basis"), rs.getBigDecimal("credit_amount"))),
				runId, LARGEST_PER_CURRENCY);
		List<CurrencyTotal> month = this.jdbc.query(MONTH_TOTALS, (rs,
				row) -> new CurrencyTotal(rs.getString("currency"), rs.getLong("lines"), rs.getBigDecimal("amount")),
				runId);
		Map<String, List<String>> regions = new HashMap<>();
		each(SUBSCRIBED, (rs) -> add(regions, rs.getString("service"), rs.getString("region")), runId);
		return new RunFacts(customers, byPlan, byRegion, byService, rates, totals, largest, month, regions,
				shares(runId, month));
	}

	/** Each incident's share of the month's credits per currency, adding up to them. */
	private Map<String, List<CurrencyTotal>> shares(long runId, List<CurrencyTotal> month) {
		Map<String, Map<String, BigDecimal>> exact = new TreeMap<>();
		Map<String, Long> lines = new HashMap<>();
		each(SHARES, (rs) -> {
			exact.computeIfAbsent(rs.getString("currency"), (currency) -> new TreeMap<>())
				.put(rs.getString("incident_id"), rs.getBigDecimal("share"));
			lines.put(rs.getString("incident_id") + '\u0000' + rs.getString("currency"), rs.getLong("lines"));
		}, runId, runId);
		Map<String, List<CurrencyTotal>> shares = new TreeMap<>();
		for (CurrencyTotal total : month) {
			Map<String, BigDecimal> rounded = CreditSplit.round(exact.getOrDefault(total.currency(), Map.of()),
					total.amount(), MinorUnit.digits(total.currency()));
			rounded.forEach((incident, amount) -> add(shares, incident, new CurrencyTotal(total.currency(),
					lines.getOrDefault(incident + '\u0000' + total.currency(), 0L), amount)));
		}
		return shares;
	}

	private void each(String sql, RowCallbackHandler handler, Object... arguments) {
		this.jdbc.query(sql, handler, arguments);
	}

	private static <T> void add(Map<String, List<T>> map, String incidentId, T value) {
		map.computeIfAbsent(incidentId, (key) -> new ArrayList<>()).add(value);
	}

}
