package dev.aftercare.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ops rely on when the job runs every night: reruns credit nobody twice, late
 * changes give exactly their adjustments, a failed run restarts to the same result, two
 * runs never overlap.
 */
class NightlyRunTests extends JobTestSupport {

	private static final Path FIXTURE = Path.of("src/test/resources/runs/october");

	private static final String ADJUSTMENT_HEADER = "period,customer_id,customer_name,plan,service,region,currency,"
			+ "monthly_fee,downtime_minutes,uptime_percent,sla_target,credit_percent,basis,credit_amount,incident_ids,"
			+ "previous_amount,adjustment_amount";

	@Autowired
	private PeriodLock lock;

	@Test
	void aRerunOnTheSameInputsAdjustsNothing() throws IOException {
		Path output = temporaryDirectory("nightly-rerun");
		assertThat(run(FIXTURE, output, "2026-10").succeeded()).isTrue();
		assertThat(run(FIXTURE, output, "2026-10").succeeded()).isTrue();
		assertThat(Files.readAllLines(output.resolve("2026-10/credit_adjustments.csv")))
			.containsExactly(ADJUSTMENT_HEADER);
		// a finished run keeps what it computed, not its copy of the input
		Long lastRun = this.jdbc.queryForObject("SELECT max(run_id) FROM completed_run", Long.class);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM in_customer WHERE run_id = ?", Long.class, lastRun))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM reliance WHERE run_id = ?", Long.class, lastRun))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credit WHERE run_id = ?", Long.class, lastRun))
			.isEqualTo(6);
	}

	@Test
	void anIncidentAddedLaterAdjustsExactlyTheSubscriptionsItChanges() throws IOException {
		Path input = copyOf(FIXTURE);
		Path output = temporaryDirectory("nightly-added");
		assertThat(run(input, output, "2026-10").succeeded()).isTrue();
		append(input.resolve("incidents.csv"),
				"INC-N,Late report from Tokyo,SEV2,incident,api,ap-northeast,2026-10-25T00:00:00Z,,"
						+ "2026-10-25T10:00:00Z,,,The API was unavailable.,A power failure.,,,");
		append(input.resolve("usage.csv"), "C-JPY,api,ap-northeast,2026-10-24,70,0");
		assertThat(run(input, output, "2026-10").succeeded()).isTrue();
		// 135 + 600 minutes: uptime 98.3535 % is below 99.0, so 25 % of 12345 = 3086.25
		assertThat(Files.readAllLines(output.resolve("2026-10/credit_adjustments.csv"))).containsExactly(
				ADJUSTMENT_HEADER, "2026-10,C-JPY,株式会社サクラ,business,api,ap-northeast,JPY,12345,735.00,98.3535,99.9,25,"
						+ "sla,3086,INC-A;INC-B;INC-N,1235,1851");
		assertThat(ledgerAmount("C-JPY")).isEqualByComparingTo("3086");
	}

	@Test
	void aCreditThatDisappearsIsAdjustedToNothing() throws IOException {
		Path input = copyOf(FIXTURE);
		Path output = temporaryDirectory("nightly-gone");
		assertThat(run(input, output, "2026-10").succeeded()).isTrue();
		List<String> incidents = Files.readAllLines(input.resolve("incidents.csv"));
		Files.write(input.resolve("incidents.csv"),
				incidents.stream().filter((line) -> !line.startsWith("INC-F,")).toList());
		assertThat(run(input, output, "2026-10").succeeded()).isTrue();
		// the dashboard outage is gone from the export: its 0.78 goodwill is taken back
		assertThat(Files.readAllLines(output.resolve("2026-10/credit_adjustments.csv"))).containsExactly(
				ADJUSTMENT_HEADER,
				"2026-10,C-FREE,Zoë's Café,free,dashboard,eu-west,EUR,15.50,0.00,100.0000,,0,none,0.00,,0.78,-0.78");
	}

	@ParameterizedTest
	@ValueSource(strings = { "prepareRun", "ingestCustomers", "ingestSubscriptions", "ingestIncidents",
			"ingestIncidentEvents", "ingestUsage", "ingestTickets", "shrinkGuard", "impactWindows",
			"assessPartition:partition1", "exportCsv", "exportAdjustments", "writeCreditReview", "writeFollowUp",
			"writePostmortems", "writeSummary", "recordLedger", "dropInputs", "publish" })
	void aRunThatFailsInAStepRestartsToTheResultOfACleanRun(String step) throws IOException {
		Path clean = temporaryDirectory("nightly-clean");
		assertThat(run(FIXTURE, clean, "2026-10").succeeded()).isTrue();
		Map<String, java.math.BigDecimal> ledger = ledger("2026-10");
		Path output = temporaryDirectory("nightly-restart");
		this.faults.failOnce(step, 1);
		RunOutcome failed = run(FIXTURE, output, "2026-10");
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(failed.message()).contains("injected fault");
		assertThat(output.resolve("2026-10/credits.csv")).doesNotExist();
		RunOutcome restarted = run(FIXTURE, output, "2026-10");
		assertThat(restarted.succeeded()).isTrue();
		assertThat(restarted.parameters().run()).isEqualTo(failed.parameters().run());
		assertThat(Files.readAllBytes(output.resolve("2026-10/credits.csv")))
			.isEqualTo(Files.readAllBytes(clean.resolve("2026-10/credits.csv")));
		assertThat(ledger("2026-10")).isEqualTo(ledger);
		assertThat(Files.readAllLines(output.resolve("2026-10/credit_adjustments.csv")))
			.containsExactly(ADJUSTMENT_HEADER);
	}

	@Test
	void aRunAnOperatorAbandonedIsFollowedByANewRun() {
		Path output = temporaryDirectory("nightly-abandoned");
		this.faults.failOnce("exportCsv", 1);
		RunOutcome failed = run(FIXTURE, output, "2026-10");
		assertThat(failed.succeeded()).isFalse();
		this.jdbc.update("""
				UPDATE batch_job_execution SET status = 'ABANDONED'
				WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
				""");
		RunOutcome next = run(FIXTURE, output, "2026-10");
		assertThat(next.succeeded()).isTrue();
		assertThat(next.parameters().run()).isEqualTo(failed.parameters().run() + 1);
	}

	@Test
	void aFailedRunLeavesThePreviousOutputsInPlace() throws IOException {
		Path output = temporaryDirectory("nightly-keep");
		assertThat(run(FIXTURE, output, "2026-10").succeeded()).isTrue();
		byte[] before = Files.readAllBytes(output.resolve("2026-10/credits.csv"));
		this.faults.failOnce("writeSummary", 1);
		assertThat(run(FIXTURE, output, "2026-10").succeeded()).isFalse();
		assertThat(Files.readAllBytes(output.resolve("2026-10/credits.csv"))).isEqualTo(before);
		assertThat(run(FIXTURE, output, "2026-10").succeeded()).isTrue();
	}

	@Test
	void aSecondRunOfThePeriodIsRefusedWhileOneIsUnderWay() throws Exception {
		try (PeriodLock.Held held = this.lock.acquire("2026-10")) {
			RunOutcome second = run(FIXTURE, temporaryDirectory("nightly-locked"), "2026-10");
			assertThat(second.exitCode()).isEqualTo(ExitCode.LOCKED);
			assertThat(second.exitCode().code()).isEqualTo(3);
			assertThat(second.message()).contains("another run of 2026-10 is under way");
		}
	}

	private java.math.BigDecimal ledgerAmount(String customerId) {
		return this.jdbc.queryForObject(
				"SELECT credit_amount FROM credit_ledger WHERE period = '2026-10' AND customer_id = ?",
				java.math.BigDecimal.class, customerId);
	}

	private static void append(Path file, String line) throws IOException {
		Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

}
