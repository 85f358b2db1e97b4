package dev.aftercare.credits;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.credits.SubscriptionAssessor.Assessment;
import dev.aftercare.impact.AffectedSubscription;

/**
 * Stores the affected lines and credit lines of a chunk of subscriptions. {@code COPY}
 * rather than batched {@code INSERT}s, as each row would otherwise be one statement for
 * the server; it runs in the chunk's transaction all the same, so a failed chunk leaves
 * no row behind.
 */
public class AssessmentWriter implements ItemWriter<Assessment> {

	private static final String COPY_AFFECTED = """
			COPY affected (run_id, incident_id, customer_id, service, region, impact_start, impact_end,
			               impact_seconds, downtime_seconds, excluded)
			FROM STDIN (FORMAT csv)
			""";

	private static final String COPY_CREDIT = """
			COPY credit (run_id, period, customer_id, service, region, customer_name, plan, currency,
			             monthly_fee_text, downtime_minutes, uptime_percent, sla_target, credit_percent, basis,
			             credit_amount, incident_ids)
			FROM STDIN (FORMAT csv)
			""";

	private final JdbcTemplate jdbc;

	private final long runId;

	public AssessmentWriter(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends Assessment> chunk) {
		CopyRows affected = new CopyRows(chunk.size() * 2);
		CopyRows credits = new CopyRows(chunk.size());
		for (Assessment assessment : chunk) {
			assessment.affected().forEach((line) -> affectedRow(affected, line));
			assessment.credit().ifPresent((line) -> creditRow(credits, line));
		}
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			affected.copyInto(connection, COPY_AFFECTED);
			credits.copyInto(connection, COPY_CREDIT);
			return null;
		});
	}

	private void affectedRow(CopyRows rows, AffectedSubscription line) {
		rows.number(this.runId)
			.text(line.incidentId())
			.text(line.customerId())
			.text(line.service())
			.text(line.region())
			.instant(line.impactStart())
			.instant(line.impactEnd())
			.number(line.impactSeconds())
			.number(line.downtimeSeconds())
			.bool(line.excluded())
			.endRow();
	}

	private void creditRow(CopyRows rows, CreditLine line) {
		rows.number(this.runId)
			.text(line.period().toString())
			.text(line.customerId())
			.text(line.service())
			.text(line.region())
			.text(line.customerName())
			.text(line.plan())
			.text(line.currency())
			.text(line.monthlyFeeText())
			.number(line.downtimeMinutes())
			.number(line.uptimePercent())
			.number(line.slaTarget())
			.number(line.creditPercent())
			.text(line.basis().code())
			.number(line.creditAmount())
			.text(String.join(";", line.incidentIds()))
			.endRow();
	}

}
