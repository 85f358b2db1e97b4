package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import dev.aftercare.run.RunRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.aftercare.guard.ShrinkGuardProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a good run, an input cut short stops the next run before it publishes anything,
 * unless the operator accepts the shrink.
 */
class ShrinkGuardTests extends JobTestSupport {

	@Autowired
	private ShrinkGuardProperties settings;

	private Path input;

	private Path output;

	private byte[] credits;

	private byte[] summary;

	private Map<String, BigDecimal> ledger;

	@BeforeEach
	void aGoodRun() throws IOException {
		this.input = copyOf(Path.of("src/test/resources/runs/october"));
		this.output = temporaryDirectory("shrink-out");
		// accepted, so that the last successful run of the month is this one whatever
		// ran before in the shared database
		assertThat(run(this.input, this.output, "2026-10").succeeded()).isTrue();
		this.credits = Files.readAllBytes(this.output.resolve("2026-10/credits.csv"));
		this.summary = Files.readAllBytes(this.output.resolve("2026-10/run-summary.json"));
		this.ledger = ledger("2026-10");
	}

	@Test
	void theDefaultRatioIsAHalf() {
		assertThat(this.settings.minRatio()).isEqualByComparingTo("0.5");
	}

	@Test
	void aUsageFileCutToItsHeaderStopsTheRunWithNothingPublished() throws IOException {
		keepUsageRows(0);

		RunOutcome stopped = guarded(false);

		assertThat(stopped.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
		assertThat(stopped.exitCode().code()).isEqualTo(2);
		assertThat(stopped.message()).isEqualTo("usage.csv has 0 accepted rows, against 17 in the last successful run"
				+ " of 2026-10 (fewer than 50 % of it, or none): nothing was published, the last outputs and the"
				+ " ledger stay as they were; if the input is right, run again with --accept-shrink");
		assertThat(Files.readAllBytes(this.output.resolve("2026-10/credits.csv"))).isEqualTo(this.credits);
		assertThat(Files.readAllBytes(this.output.resolve("2026-10/run-summary.json"))).isEqualTo(this.summary);
		assertThat(ledger("2026-10")).isEqualTo(this.ledger);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credit_adjustment WHERE run_id = ?", Long.class,
				runIdOf(stopped)))
			.isZero();
		// the same command stops the same way: nothing gets through by repetition
		RunOutcome again = guarded(false);
		assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
		assertThat(again.message()).isEqualTo(stopped.message());
		assertThat(ledger("2026-10")).isEqualTo(this.ledger);
	}

	@Test
	void acceptShrinkResumesTheStoppedRunAndReversesWhatTheFileNoLongerHolds() throws IOException {
		keepUsageRows(0);
		RunOutcome stopped = guarded(false);
		assertThat(stopped.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);

		RunOutcome accepted = guarded(true);

		assertThat(accepted.succeeded()).isTrue();
		assertThat(accepted.parameters().run()).isEqualTo(stopped.parameters().run());
		// no usage, so nobody relied on anything: every credit of the month is taken back
		assertThat(ledger("2026-10").values()).allSatisfy((amount) -> assertThat(amount).isZero());
		List<String> adjustments = Files.readAllLines(this.output.resolve("2026-10/credit_adjustments.csv"));
		long credited = this.ledger.values().stream().filter((amount) -> amount.signum() != 0).count();
		assertThat(adjustments).hasSize(1 + (int) credited);
		assertThat(adjustments)
			.anySatisfy((line) -> assertThat(line).startsWith("2026-10,C-JPY,").endsWith(",1235,-1235"));
	}

	@Test
	void fewerThanHalfTheRowsStopsTheRun() throws IOException {
		keepUsageRows(8);
		RunOutcome stopped = guarded(false);
		assertThat(stopped.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
		assertThat(stopped.message())
			.startsWith("usage.csv has 8 accepted rows, against 17 in the last successful run");
		assertThat(Files.readAllBytes(this.output.resolve("2026-10/credits.csv"))).isEqualTo(this.credits);
		assertThat(guarded(true).succeeded()).isTrue();
	}

	@Test
	void halfTheRowsOrMoreRunsAsUsual() throws IOException {
		keepUsageRows(9);
		RunOutcome outcome = guarded(false);
		assertThat(outcome.succeeded()).isTrue();
		assertThat(outcome.exitCode().code()).isZero();
	}

	@Test
	void aRerunOnTheSameInputsPassesTheGuard() {
		assertThat(guarded(false).succeeded()).isTrue();
	}

	@Test
	void everyShrunkenFileIsNamedOnTheOneLine() throws IOException {
		keepUsageRows(0);
		Files.write(this.input.resolve("tickets.csv"),
				Files.readAllLines(this.input.resolve("tickets.csv")).subList(0, 1));
		RunOutcome stopped = guarded(false);
		assertThat(stopped.message())
			.startsWith("usage.csv has 0 accepted rows, against 17; tickets.csv has 0 accepted"
					+ " rows, against 2 in the last successful run of 2026-10")
			.doesNotContain("\n");
		assertThat(guarded(true).succeeded()).isTrue();
	}

	@Test
	void usageCutIntoPartsIsComparedInTotal() throws IOException {
		List<String> rows = Files.readAllLines(this.input.resolve("usage.csv"));
		Files.delete(this.input.resolve("usage.csv"));
		Path parts = Files.createDirectories(this.input.resolve("usage"));
		Files.write(parts.resolve("part-0001.csv"), rows.subList(0, 10));
		Files.write(parts.resolve("part-0002.csv"), concat(rows.subList(0, 1), rows.subList(10, rows.size())));
		assertThat(guarded(false).succeeded()).isTrue();
		// 4 + 4 of the 17 rows are left, each part above half of what it held
		Files.write(parts.resolve("part-0001.csv"), rows.subList(0, 5));
		Files.write(parts.resolve("part-0002.csv"), concat(rows.subList(0, 1), rows.subList(10, 14)));
		RunOutcome stopped = guarded(false);
		assertThat(stopped.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
		assertThat(stopped.message())
			.startsWith("usage.csv has 8 accepted rows, against 17 in the last successful run of 2026-10 ");
		assertThat(Files.readAllBytes(this.output.resolve("2026-10/credits.csv"))).isEqualTo(this.credits);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> both = new java.util.ArrayList<>(first);
		both.addAll(second);
		return both;
	}

	private RunOutcome guarded(boolean acceptShrink) {
		return this.creditRun
			.run(new RunRequest(this.input, this.output, YearMonth.parse("2026-10"), null, false, acceptShrink));
	}

	private void keepUsageRows(int rows) throws IOException {
		Path usage = this.input.resolve("usage.csv");
		Files.write(usage, Files.readAllLines(usage).subList(0, 1 + rows));
	}

}
