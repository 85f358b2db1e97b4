package dev.aftercare.approvals;

import dev.aftercare.system.ApproveCommand;
import dev.aftercare.system.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.boot.DefaultApplicationArguments;

import dev.aftercare.system.PeriodLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What finance and billing do and see, for the tests of any package: {@code approve} as
 * the command line runs it, the files of billing's outbox, and the rule they keep.
 */
public final class Finance {

	private final ApprovalImport approvals;

	private final BillingOutbox outbox;

	private final PeriodLock lock;

	private final DecisionStore decisions;

	public Finance(ApprovalImport approvals, BillingOutbox outbox, PeriodLock lock, DecisionStore decisions) {
		this.approvals = approvals;
		this.outbox = outbox;
		this.lock = lock;
		this.decisions = decisions;
	}

	/** The approve command as the command line runs it, with its stdout and stderr. */
	public Result approve(Path output, Path workbook, String period) throws Exception {
		ExitCodes exitCodes = new ExitCodes();
		ApproveCommand command = new ApproveCommand(this.approvals, this.outbox, this.lock, exitCodes);
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			command.run(new DefaultApplicationArguments("--output=" + output, "--period=" + period,
					"--workbook=" + workbook));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		return new Result(exitCodes.getExitCode(), stdout.toString(StandardCharsets.UTF_8),
				stderr.toString(StandardCharsets.UTF_8));
	}

	/** The finished files of {@code OUTPUT/billing/}, in name (hand-off) order. */
	public static List<Path> outboxFiles(Path output) throws IOException {
		Path billing = BillingOutbox.of(output);
		if (!Files.isDirectory(billing)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(billing)) {
			return files.filter((f) -> !f.getFileName().toString().startsWith(".")).sorted().toList();
		}
	}

	/**
	 * Over all outbox files, each line adds up to what its latest decision approves: 0
	 * when rejected or never approved.
	 */
	public void assertSumRule(Path output, String period) throws IOException {
		Map<String, BigDecimal> handed = new HashMap<>();
		for (Path file : outboxFiles(output)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				for (CSVRecord record : CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
					handed.merge(record.get("customer_id") + "/" + record.get("service") + "/" + record.get("region"),
							new BigDecimal(record.get("adjustment_amount")), BigDecimal::add);
				}
			}
		}
		Map<String, BigDecimal> approved = new HashMap<>();
		this.decisions.latest(period).forEach((key, decision) -> {
			approved.put(key.customerId() + "/" + key.service() + "/" + key.region(), decision.billedAmount());
		});
		handed.keySet().forEach((line) -> approved.putIfAbsent(line, BigDecimal.ZERO));
		assertThat(handed.keySet())
			.allSatisfy((line) -> assertThat(handed.get(line)).as(line).isEqualByComparingTo(approved.get(line)));
		approved.forEach((line, amount) -> assertThat(handed.getOrDefault(line, BigDecimal.ZERO)).as(line)
			.isEqualByComparingTo(amount));
	}

	/**
	 * Forgets every decision, hand-off and note: the job tests share one database, and
	 * decisions of a period would reach the outbox of any run of it.
	 */
	public static void forgetAll(org.springframework.jdbc.core.JdbcTemplate jdbc) {
		jdbc.update("DELETE FROM billing_line");
		jdbc.update("DELETE FROM billing_handoff");
		jdbc.update("DELETE FROM credit_decision");
		jdbc.update("DELETE FROM approval_import");
		jdbc.update("DELETE FROM follow_up_note");
	}

	public record Result(int exitCode, String stdout, String stderr) {
	}

}
