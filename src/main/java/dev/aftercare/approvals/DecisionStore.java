package dev.aftercare.approvals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.credits.Basis;
import dev.aftercare.credits.CreditLine;
import dev.aftercare.credits.MinorUnit;
import dev.aftercare.run.RunParameters;

/** The decisions of a period and the runs they are about, in PostgreSQL. */
public class DecisionStore {

	private static final String LATEST = """
			SELECT DISTINCT ON (customer_id, service, region) customer_id, service, region, customer_name, currency,
			       decision, credit_amount, reviewer, comment, decided_at, policy
			FROM credit_decision WHERE period = ?
			ORDER BY customer_id, service, region, decision_id DESC
			""";

	/**
	 * Lines a decision of the period is about that the run no longer credits, with what
	 * the last run that credited them said of the subscription. Only those still worth a
	 * decision: approved, so billing holds an amount, or decided on at 0.
	 */
	private static final String WITHDRAWN = """
			SELECT * FROM (
			WITH latest AS (
			    SELECT DISTINCT ON (customer_id, service, region) customer_id, service, region, decision, credit_amount
			    FROM credit_decision WHERE period = ?
			    ORDER BY customer_id, service, region, decision_id DESC)
			SELECT DISTINCT ON (c.customer_id, c.service, c.region) c.customer_id, c.service, c.region,
			       c.customer_name, c.plan, c.currency, c.monthly_fee_text, c.sla_target
			FROM latest l
			JOIN credit c ON c.period = ? AND c.customer_id = l.customer_id AND c.service = l.service
			     AND c.region = l.region
			WHERE (l.decision = 'Approved' OR l.credit_amount = 0)
			  AND NOT EXISTS (SELECT 1 FROM credit n WHERE n.run_id = ? AND n.customer_id = l.customer_id
			                  AND n.service = l.service AND n.region = l.region)
			ORDER BY c.customer_id, c.service, c.region, c.run_id DESC
			) w ORDER BY customer_id COLLATE "C", service COLLATE "C", region COLLATE "C"
			""";

	private static final BigDecimal NO_DOWNTIME = new BigDecimal("0.00");

	private static final BigDecimal FULL_UPTIME = new BigDecimal("100.0000");

	private final JdbcTemplate jdbc;

	private final JobExplorer runs;

	public DecisionStore(JdbcTemplate jdbc, JobExplorer runs) {
		this.jdbc = jdbc;
		this.runs = runs;
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

	/**
	 * The lines of the period that run {@code runId} no longer credits (an incident was
	 * edited or removed) while a decision about them still matters: each as a line of no
	 * downtime and no credit, so the credit review lists it and finance can decide it
	 * again, and in code point order of customer, service and region.
	 */
	public List<CreditLine> withdrawn(String period, long runId) {
		YearMonth month = YearMonth.parse(period);
		return this.jdbc.query(WITHDRAWN, (rs, row) -> {
			String currency = rs.getString("currency");
			return new CreditLine(month, rs.getString("customer_id"), rs.getString("customer_name"),
					rs.getString("plan"), rs.getString("service"), rs.getString("region"), currency,
					rs.getString("monthly_fee_text"), NO_DOWNTIME, FULL_UPTIME, rs.getBigDecimal("sla_target"),
					BigDecimal.ZERO, Basis.NONE, MinorUnit.round(BigDecimal.ZERO, currency), List.of());
		}, period, period, runId);
	}

	/** The run id of run number {@code run} of the period, when it completed. */
	Long completedRun(String period, long run) {
		// the job repository knows a run by its period and number; completed_run, by
		// its id
		JobInstance instance = this.runs.getJobInstance(RunParameters.JOB_NAME, RunParameters.identifying(period, run));
		if (instance == null) {
			return null;
		}
		long runId = instance.getInstanceId();
		return (this.jdbc.queryForObject("SELECT count(*) FROM completed_run WHERE run_id = ? AND period = ?",
				Long.class, runId, period) > 0) ? runId : null;
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
