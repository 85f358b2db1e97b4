package dev.aftercare.credits;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.credits.SubscriptionAssessor.Assessment;
import dev.aftercare.impact.AffectedSubscription;

/** Stores the affected lines and credit lines of a chunk of subscriptions. */
public class AssessmentWriter implements ItemWriter<Assessment> {

	private static final String INSERT_AFFECTED = """
			INSERT INTO affected (run_id, incident_id, customer_id, service, region, impact_start, impact_end,
			                      impact_seconds, downtime_seconds, excluded)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_CREDIT = """
			INSERT INTO credit (run_id, period, customer_id, service, region, customer_name, plan, currency,
			                    monthly_fee_text, downtime_minutes, uptime_percent, sla_target, credit_percent, basis,
			                    credit_amount, incident_ids)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final long runId;

	public AssessmentWriter(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends Assessment> chunk) {
		List<Object[]> affected = new ArrayList<>();
		List<Object[]> credits = new ArrayList<>();
		for (Assessment assessment : chunk) {
			assessment.affected().forEach((line) -> affected.add(affectedRow(line)));
			assessment.credit().ifPresent((line) -> credits.add(creditRow(line)));
		}
		this.jdbc.batchUpdate(INSERT_AFFECTED, affected);
		this.jdbc.batchUpdate(INSERT_CREDIT, credits);
	}

	private Object[] affectedRow(AffectedSubscription line) {
		return new Object[] { this.runId, line.incidentId(), line.customerId(), line.service(), line.region(),
				Timestamp.from(line.impactStart()), Timestamp.from(line.impactEnd()), line.impactSeconds(),
				line.downtimeSeconds(), line.excluded() };
	}

	private Object[] creditRow(CreditLine line) {
		BigDecimal slaTarget = line.slaTarget();
		return new Object[] { this.runId, line.period().toString(), line.customerId(), line.service(), line.region(),
				line.customerName(), line.plan(), line.currency(), line.monthlyFeeText(), line.downtimeMinutes(),
				line.uptimePercent(), slaTarget, line.creditPercent(), line.basis().code(), line.creditAmount(),
				String.join(";", line.incidentIds()) };
	}

}
