package dev.aftercare.credits;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.speed.CopyStream;

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
		List<Object[]> affected = new ArrayList<>(chunk.size() * 2);
		List<Object[]> credits = new ArrayList<>(chunk.size());
		for (Assessment assessment : chunk) {
			assessment.affected().forEach((line) -> affected.add(affectedRow(line)));
			assessment.credit().ifPresent((line) -> credits.add(creditRow(line)));
		}
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			copy(connection, COPY_AFFECTED, affected);
			copy(connection, COPY_CREDIT, credits);
			return null;
		});
	}

	private static void copy(Connection connection, String sql, List<Object[]> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		try (CopyStream copy = CopyStream.open(connection, sql)) {
			for (Object[] row : rows) {
				copy.row(row);
			}
		}
	}

	private Object[] affectedRow(AffectedSubscription line) {
		return new Object[] { this.runId, line.incidentId(), line.customerId(), line.service(), line.region(),
				line.impactStart(), line.impactEnd(), line.impactSeconds(), line.downtimeSeconds(), line.excluded() };
	}

	private Object[] creditRow(CreditLine line) {
		return new Object[] { this.runId, line.period().toString(), line.customerId(), line.service(), line.region(),
				line.customerName(), line.plan(), line.currency(), line.monthlyFeeText(), line.downtimeMinutes(),
				line.uptimePercent(), line.slaTarget(), line.creditPercent(), line.basis().code(), line.creditAmount(),
				line.incidentIds() };
	}

}
