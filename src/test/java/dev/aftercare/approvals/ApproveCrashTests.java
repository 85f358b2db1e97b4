package dev.aftercare.approvals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code approve} stopped at each point between storing decisions and writing billing's
 * file: the next approve or run hands each approved change over exactly once.
 */
class ApproveCrashTests extends FinanceTestSupport {

	@Test
	void decisionsStoredButNeverHandedOffAreHandedOnceByTheNextApproveAndNotAgainByTheRun() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path reviewed = reviewed((r) -> r.decide("C-JPY", "api", "Approved", "alice", null));
		// approve killed once its decisions committed, before it recorded a hand-off
		this.approvals.take(reviewed, YearMonth.parse(PERIOD), ApprovalImport.APPROVE);
		assertThat(Finance.outboxFiles(this.output)).isEmpty();

		Finance.Result again = this.finance.approve(this.output, reviewed, PERIOD);

		assertThat(again.exitCode()).isZero();
		assertThat(again.stdout()).contains("imported before", "handed to billing: ");
		List<Path> files = Finance.outboxFiles(this.output);
		assertThat(files).hasSize(1);
		assertThat(Files.readAllLines(files.get(0))).hasSize(2)
			.element(1)
			.asString()
			.startsWith("2026-10,C-JPY,株式会社サクラ,api,ap-northeast,JPY,0,1235,1235,alice,");
		byte[] written = Files.readAllBytes(files.get(0));
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		assertThat(Finance.outboxFiles(this.output)).isEqualTo(files);
		assertThat(Files.readAllBytes(files.get(0))).isEqualTo(written);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credit_decision", Long.class)).isEqualTo(1);
		this.finance.assertSumRule(this.output, PERIOD);
	}

	@Test
	void decisionsStoredButNeverHandedOffAreHandedOnceByTheNextRun() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path reviewed = reviewed((r) -> r.decide("C-ENT", "api", "Approved", "alice", null));
		this.approvals.take(reviewed, YearMonth.parse(PERIOD), ApprovalImport.APPROVE);

		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();

		List<Path> files = Finance.outboxFiles(this.output);
		assertThat(files).hasSize(1);
		assertThat(Files.readAllLines(files.get(0))).hasSize(2)
			.element(1)
			.asString()
			.startsWith("2026-10,C-ENT,Northwind Analytics,api,eu-west,USD,0.00,24.99,24.99,alice,");
		assertThat(this.finance.approve(this.output, reviewed, PERIOD).stdout()).contains("nothing new for billing");
		assertThat(Finance.outboxFiles(this.output)).isEqualTo(files);
		this.finance.assertSumRule(this.output, PERIOD);
	}

	@Test
	void handOffsRecordedWhoseFilesCouldNotBeWrittenAreWrittenOnceInOrderByTheNextApprove() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		// the outbox cannot be written: approve fails after recording its hand-off
		Path billing = BillingOutbox.of(this.output);
		blockOutbox(billing);
		Path first = reviewed((r) -> r.decide("C-JPY", "api", "Approved", "alice", null));
		Finance.Result failed = this.finance.approve(this.output, first, PERIOD);
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.stderr().lines().toList()).singleElement()
			.asString()
			.contains("decisions stored, but the hand-off to billing did not finish", "nothing is handed twice");
		Path second = this.output.resolve("second.xlsx");
		Reviewer.edit(first, second, (r) -> r.decide("C-ENT", "api", "Approved", "bob", null));
		assertThat(this.finance.approve(this.output, second, PERIOD).exitCode()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM billing_handoff", Long.class)).isEqualTo(2);

		Files.delete(billing);
		Finance.Result again = this.finance.approve(this.output, second, PERIOD);

		assertThat(again.exitCode()).isZero();
		List<Path> files = Finance.outboxFiles(this.output);
		assertThat(files).hasSize(2);
		assertThat(again.stdout()).contains("imported before", "handed to billing: " + files.get(0),
				"handed to billing: " + files.get(1));
		assertThat(Files.readAllLines(files.get(0))).hasSize(2)
			.element(1)
			.asString()
			.startsWith("2026-10,C-JPY,株式会社サクラ,api,ap-northeast,JPY,0,1235,1235,alice,");
		assertThat(Files.readAllLines(files.get(1))).hasSize(2)
			.element(1)
			.asString()
			.startsWith("2026-10,C-ENT,Northwind Analytics,api,eu-west,USD,0.00,24.99,24.99,bob,");
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		assertThat(Finance.outboxFiles(this.output)).isEqualTo(files);
		this.finance.assertSumRule(this.output, PERIOD);
	}

	@Test
	void aHandOffRecordedButNotWrittenIsWrittenOnceByTheNextRun() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path billing = BillingOutbox.of(this.output);
		blockOutbox(billing);
		Path reviewed = reviewed((r) -> r.decide("C-JPY", "api", "Rejected", "alice", "disputed")
			.decide("C-ENT", "api", "Approved", "alice", null));
		assertThat(this.finance.approve(this.output, reviewed, PERIOD).exitCode()).isEqualTo(1);
		Files.delete(billing);

		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();

		List<Path> files = Finance.outboxFiles(this.output);
		assertThat(files).hasSize(1);
		assertThat(Files.readAllLines(files.get(0))).hasSize(2);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM billing_handoff", Long.class)).isEqualTo(1);
		this.finance.assertSumRule(this.output, PERIOD);
	}

	@Test
	void approveStoppedOnceItsFileIsWrittenHandsNothingMoreForTheSameDecisionsSavedAgain() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path reviewed = reviewed((r) -> r.decide("C-JPY", "api", "Approved", "alice", null));
		assertThat(this.finance.approve(this.output, reviewed, PERIOD).exitCode()).isZero();
		Path file = Finance.outboxFiles(this.output).get(0);
		byte[] written = Files.readAllBytes(file);
		// finance saves the workbook again with a note on a line still pending: another
		// file, the same decisions
		Path resaved = this.output.resolve("resaved.xlsx");
		Reviewer.edit(reviewed, resaved, (r) -> r.decide("C-ENT", "api", "Pending", null, "ask sales"));

		Finance.Result again = this.finance.approve(this.output, resaved, PERIOD);

		assertThat(again.exitCode()).isZero();
		assertThat(again.stdout()).contains("nothing new for billing").doesNotContain("imported before");
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		assertThat(Finance.outboxFiles(this.output)).containsExactly(file);
		assertThat(Files.readAllBytes(file)).isEqualTo(written);
		try (Stream<Path> all = Files.list(file.getParent())) {
			assertThat(all).hasSize(1);
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credit_decision", Long.class)).isEqualTo(1);
		this.finance.assertSumRule(this.output, PERIOD);
	}

	/** The run made the outbox, still empty: a file in its place cannot be written to. */
	private static void blockOutbox(Path billing) throws java.io.IOException {
		Files.delete(billing);
		Files.writeString(billing, "not a folder");
	}

	private Path reviewed(java.util.function.Consumer<Reviewer> decisions) throws java.io.IOException {
		Path reviewed = this.output.resolve("reviewed.xlsx");
		Reviewer.edit(workbook(), reviewed, decisions);
		return reviewed;
	}

}
