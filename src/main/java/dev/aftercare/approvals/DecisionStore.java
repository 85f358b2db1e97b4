package dev.aftercare.approvals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** The decisions of a period and the runs they are about, in PostgreSQL. */
public class DecisionStore {

	private static final String LATEST = """
			SELECT DISTINCT ON (customer_id, service, region) customer_id, service, region, customer_name, currency,
			       decision, credit_amount, reviewer, comment, decided_at, policy
			FROM credit_decision WHERE period = ?
			ORDER BY customer_id, service, region, decision_id DESC
			""";

	private static final String RUN_OF_NUMBER = """
			SELECT c.run_id FROM completed_run c
			JOIN batch_job_execution e ON e.job_instance_id = c.run_id
			JOIN batch_job_execution_params r ON r.job_execution_id = e.job_execution_id AND r.parameter_name = 'run'
			WHERE c.period = ? AND r.parameter_value = ?
			LIMIT 1
			""";

	private final JdbcTemplate jdbc;

	public DecisionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest decision of each decided line of the period. */
	public Map<LineKey, Decision> latest(String period) {
		Map<LineKey, Decision> decisions = new HashMap<>();
		this.jdbc.query(LATEST, (rs) -> {
			Decision decision = decision(rs);
			decisions.put(decision.key(), decision);
		}, period);
		return decisions;
	}

	/** The run id of run number {@code run} of the period, when it completed. */
	Long completedRun(String period, long run) {
		List<Long> ids = this.jdbc.queryForList(RUN_OF_NUMBER, Long.class, period, Long.toString(run));
		return ids.isEmpty() ? null : ids.get(0);
	}

	/** The last run of the period that completed: its amounts are the current ones. */
	Long latestCompletedRun(String period) {
		return this.jdbc.queryForObject("SELECT max(run_id) FROM completed_run WHERE period = ?", Long.class, period);
	}

	Map<LineKey, RunCredit> credits(long runId) {
		Map<LineKey, RunCredit> credits = new HashMap<>();
		this.jdbc.query("""
				SELECT customer_id, service, region, customer_name, currency, basis, credit_amount
				FROM credit WHERE run_id = ?
				""", (rs) -> {
			LineKey key = new LineKey(rs.getString("customer_id"), rs.getString("service"), rs.getString("region"));
			credits.put(key, new RunCredit(key, rs.getString("customer_name"), rs.getString("currency"),
					rs.getString("basis"), rs.getBigDecimal("credit_amount")));
		}, runId);
		return credits;
	}

	boolean imported(String sha256) {
		return this.jdbc.queryForObject("SELECT count(*) FROM approval_import WHERE workbook_sha256 = ?", Long.class,
				sha256) > 0;
	}

	void recordImport(ReviewedWorkbook workbook, String period, long runId, String source, int decisions, Instant at) {
		this.jdbc.update("""
				INSERT INTO approval_import (workbook_sha256, period, run_id, file_name, source, decisions, imported_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""", workbook.sha256(), period, runId, workbook.fileName(), source, decisions, Timestamp.from(at));
	}

	void add(String period, long runId, Decision decision, String workbookSha256) {
		LineKey key = decision.key();
		this.jdbc.update("""
				INSERT INTO credit_decision (period, customer_id, service, region, customer_name, currency, decision,
				                             credit_amount, reviewer, comment, decided_at, run_id, workbook_sha256,
				                             policy)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", period, key.customerId(), key.service(), key.region(), decision.customerName(),
				decision.currency(), decision.approval().label(), decision.amount(), decision.reviewer(),
				decision.comment(), Timestamp.from(decision.decidedAt()), runId, workbookSha256, decision.policy());
	}

	private static Decision decision(ResultSet rs) throws SQLException {
		return new Decision(new LineKey(rs.getString("customer_id"), rs.getString("service"), rs.getString("region")),
				rs.getString("customer_name"), rs.getString("currency"), Approval.ofLabel(rs.getString("decision")),
				rs.getBigDecimal("credit_amount"), rs.getString("reviewer"), rs.getString("comment"),
				rs.getTimestamp("decided_at").toInstant(), rs.getString("policy"));
	}

}
