package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import dev.aftercare.approvals.ApprovalImport;
import dev.aftercare.approvals.BillingOutbox;
import dev.aftercare.approvals.DecisionStore;
import dev.aftercare.approvals.Finance;
import dev.aftercare.approvals.Reviewer;

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

	@Autowired
	private ApprovalImport approvals;

	@Autowired
	private BillingOutbox outbox;

	@Autowired
	private DecisionStore decisions;

	@BeforeEach
	@AfterEach
	void noDecisionsYet() {
		Finance.forgetAll(this.jdbc);
	}

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
			"ingestIncidentEvents", "ingestUsagePart:usage-0001", "ingestTickets", "shrinkGuard", "impactWindows",
			"assessPartition:partition1", "exportCsv", "exportAdjustments", "writeCreditReview", "writeFollowUp",
			"writePostmortems", "writeSummary", "recordLedger", "carryOverReviews", "handOffToBilling", "dropInputs",
			"archiveRun", "publish" })
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

	/**
	 * Finance approved C-JPY with {@code approve}, then saved more decisions in the
	 * workbook in place; the next run fails in a step of the money loop, before its work
	 * or once its work is committed, and is restarted.
	 */
	@ParameterizedTest
	@CsvSource({ "carryOverReviews, false", "carryOverReviews, true", "handOffToBilling, false",
			"handOffToBilling, true", "archiveRun, false", "archiveRun, true" })
	void aRunThatFailsInAStepOfTheMoneyLoopRestartsHandingEachDecisionOverOnce(String step, boolean afterWork)
			throws Exception {
		Path output = temporaryDirectory("nightly-money");
		Path workbook = output.resolve("2026-10/credit-review.xlsx");
		Finance finance = new Finance(this.approvals, this.outbox, this.lock, this.decisions);
		assertThat(run(FIXTURE, output, "2026-10").succeeded()).isTrue();
		Path reviewed = output.resolve("reviewed.xlsx");
		Reviewer.edit(workbook, reviewed, (r) -> r.decide("C-JPY", "api", "Approved", "alice", "checked the SLA"));
		assertThat(finance.approve(output, reviewed, "2026-10").exitCode()).isZero();
		Path first = Finance.outboxFiles(output).get(0);
		byte[] firstBytes = Files.readAllBytes(first);
		Reviewer.edit(workbook, workbook, (r) -> r.decide("C-ENT", "api", "Approved", "dave", null)
			.decide("C-FREE", "api", "Rejected", "dave", "no SLA"));
		Map<String, java.math.BigDecimal> ledger = ledger("2026-10");

		if (afterWork) {
			this.faults.failOnceAfterWork(step);
		}
		else {
			this.faults.failOnce(step, 1);
		}
		RunOutcome failed = run(FIXTURE, output, "2026-10");
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(failed.message()).contains("injected fault");
		RunOutcome restarted = run(FIXTURE, output, "2026-10");

		assertThat(restarted.succeeded()).isTrue();
		assertThat(restarted.parameters().run()).isEqualTo(failed.parameters().run());
		// the first file as it was, and one new file with the carried-over approval only
		List<Path> files = Finance.outboxFiles(output);
		assertThat(files).hasSize(2).first().isEqualTo(first);
		assertThat(Files.readAllBytes(first)).isEqualTo(firstBytes);
		assertThat(Files.readAllLines(files.get(1))).hasSize(2)
			.element(1)
			.asString()
			.startsWith("2026-10,C-ENT,Northwind Analytics,api,eu-west,USD,0.00,24.99,24.99,dave,");
		try (java.util.stream.Stream<Path> all = Files.list(BillingOutbox.of(output))) {
			assertThat(all).hasSize(2);
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM billing_handoff", Long.class)).isEqualTo(2);
		finance.assertSumRule(output, "2026-10");
		// each decision stored once, the workbook in place taken in once
		assertThat(this.jdbc.queryForList("""
				SELECT customer_id || '/' || decision || '/' || credit_amount || '/' || reviewer
				FROM credit_decision ORDER BY customer_id
				""", String.class)).containsExactly("C-ENT/Approved/24.99/dave", "C-FREE/Rejected/1.00/dave",
				"C-JPY/Approved/1235/alice");
		assertThat(this.jdbc.queryForList("SELECT source FROM approval_import ORDER BY imported_at", String.class))
			.containsExactly("approve", "carried over");
		assertThat(Reviewer.cell(workbook, "Credits", "C-ENT", "api", "approval")).isEqualTo("Approved");
		assertThat(Reviewer.cell(workbook, "Credits", "C-FREE", "api", "comment")).isEqualTo("no SLA");
		assertThat(Reviewer.cell(workbook, "Credits", "C-JPY", "api", "reviewer")).isEqualTo("alice");
		assertThat(ledger("2026-10")).isEqualTo(ledger);
		Path archive = output.resolve("archive/2026-10/run-%04d".formatted(restarted.parameters().run()));
		assertThat(archive.resolve("before-run/credit-review.xlsx")).exists();
		assertThat(archive.resolve("credits.csv")).hasSameBinaryContentAs(output.resolve("2026-10/credits.csv"));
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
