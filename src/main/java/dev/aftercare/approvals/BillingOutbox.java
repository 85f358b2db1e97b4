package dev.aftercare.approvals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands billing what finance decided, once. A hand-off is recorded in PostgreSQL first,
 * with its file name and rows, and its file is written from those rows alone: a process
 * killed in between leaves a recorded hand-off without its file, and the next
 * {@code approve} or run writes the same file. What a line was handed adds up over all
 * files to the amount its latest decision approves, so nothing is handed twice.
 */
public class BillingOutbox {

	private static final Logger logger = LoggerFactory.getLogger(BillingOutbox.class);

	/** Serialises hand-offs and file writes of every process that shares the database. */
	private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('aftercare-billing-outbox'))";

	private static final String BILLED = """
			SELECT customer_id, service, region, sum(adjustment_amount) AS billed
			FROM billing_line WHERE period = ? GROUP BY customer_id, service, region
			""";

	private static final Comparator<BillingLine> ORDER = Comparator
		.comparing((BillingLine line) -> line.key().customerId())
		.thenComparing((line) -> line.key().service())
		.thenComparing((line) -> line.key().region());

	private final JdbcTemplate jdbc;

	private final DecisionStore decisions;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public BillingOutbox(JdbcTemplate jdbc, DecisionStore decisions, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** {@code OUTPUT/billing/}. */
	public static Path of(Path output) {
		return output.resolve("billing");
	}

	/**
	 * Records a hand-off of every line of the period whose approved amount differs from
	 * what billing holds, then writes each recorded file missing from the outbox: the new
	 * one, and any an earlier process recorded but was stopped before writing.
	 * @return the names of the files this call wrote, in hand-off order: none when
	 * billing holds every approved amount already
	 */
	public List<String> handOff(String period, Path outbox) {
		this.transactions.execute((status) -> record(period, outbox));
		return materialise(outbox);
	}

	/**
	 * Writes every hand-off recorded for {@code outbox} whose file is not there.
	 * @return the names of the files written
	 */
	public List<String> materialise(Path outbox) {
		return this.transactions.execute((status) -> {
			this.jdbc.execute(LOCK);
			try {
				OutboxFile.createOutbox(outbox);
				OutboxFile.removeUnfinished(outbox);
				List<Map<String, Object>> handoffs = this.jdbc.queryForList(
						"SELECT handoff_id, file_name FROM billing_handoff WHERE outbox = ? ORDER BY handoff_id",
						key(outbox));
				List<String> written = new ArrayList<>();
				for (Map<String, Object> handoff : handoffs) {
					Path file = outbox.resolve((String) handoff.get("file_name"));
					if (OutboxFile.write(file, lines(((Number) handoff.get("handoff_id")).longValue()))) {
						logger.info("Handed to billing: {}", file);
						written.add(file.getFileName().toString());
					}
				}
				return written;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot write to the billing outbox " + outbox + ": " + ex.getMessage(),
						ex);
			}
		});
	}

	private String record(String period, Path outbox) {
		this.jdbc.execute(LOCK);
		Map<LineKey, BigDecimal> billed = new HashMap<>();
		this.jdbc.query(BILLED, (rs) -> {
			billed.put(new LineKey(rs.getString("customer_id"), rs.getString("service"), rs.getString("region")),
					rs.getBigDecimal("billed"));
		}, period);
		Map<LineKey, Decision> latest = this.decisions.latest(period);
		Set<LineKey> keys = new HashSet<>(latest.keySet());
		keys.addAll(billed.keySet());
		List<BillingLine> lines = new ArrayList<>();
		for (LineKey key : keys) {
			Decision decision = latest.get(key);
			if (decision == null) {
				// decisions are never deleted: a line billing holds always has one
				continue;
			}
			BigDecimal before = billed.getOrDefault(key, BigDecimal.ZERO);
			BigDecimal target = decision.billedAmount();
			if (target.compareTo(before) != 0) {
				lines.add(new BillingLine(period, key, decision.customerName(), decision.currency(), before,
						target.subtract(before), target, decision.reviewer(), decision.decidedAt()));
			}
		}
		if (lines.isEmpty()) {
			return null;
		}
		lines.sort(ORDER);
		long id = this.jdbc.queryForObject("SELECT nextval('billing_handoff_handoff_id_seq')", Long.class);
		// fixed width, so that names sort in hand-off order
		String name = "credits-%010d-%s.csv".formatted(id, period);
		this.jdbc.update("""
				INSERT INTO billing_handoff (handoff_id, outbox, file_name, period, created_at)
				VALUES (?, ?, ?, ?, ?)
				""", id, key(outbox), name, period, Timestamp.from(this.clock.instant()));
		this.jdbc.batchUpdate("""
				INSERT INTO billing_line (handoff_id, period, customer_id, service, region, customer_name, currency,
				                          previous_amount, adjustment_amount, approved_amount, reviewer, approved_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", lines, 1000, (ps, line) -> {
			ps.setLong(1, id);
			ps.setString(2, line.period());
			ps.setString(3, line.key().customerId());
			ps.setString(4, line.key().service());
			ps.setString(5, line.key().region());
			ps.setString(6, line.customerName());
			ps.setString(7, line.currency());
			ps.setBigDecimal(8, line.previousAmount());
			ps.setBigDecimal(9, line.adjustmentAmount());
			ps.setBigDecimal(10, line.approvedAmount());
			ps.setString(11, line.reviewer());
			ps.setTimestamp(12, Timestamp.from(line.approvedAt()));
		});
		logger.info("Hand-off {} to billing recorded: {} lines of {}", name, lines.size(), period);
		return name;
	}

	private List<BillingLine> lines(long handoffId) {
		return this.jdbc.query("""
				SELECT * FROM billing_line WHERE handoff_id = ?
				ORDER BY customer_id COLLATE "C", service COLLATE "C", region COLLATE "C"
				""",
				(rs, row) -> new BillingLine(rs.getString("period"),
						new LineKey(rs.getString("customer_id"), rs.getString("service"), rs.getString("region")),
						rs.getString("customer_name"), rs.getString("currency"), rs.getBigDecimal("previous_amount"),
						rs.getBigDecimal("adjustment_amount"), rs.getBigDecimal("approved_amount"),
						rs.getString("reviewer"), rs.getTimestamp("approved_at").toInstant()),
				handoffId);
	}

	/**
	 * The outbox as recorded: a file is written again only where it was first meant to
	 * be.
	 */
	private static String key(Path outbox) {
		return outbox.toAbsolutePath().normalize().toString();
	}

}
