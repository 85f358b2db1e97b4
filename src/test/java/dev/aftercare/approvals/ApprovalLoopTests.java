package dev.aftercare.approvals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance's loop against the real database: run, review the workbook as a reviewer would
 * (POI opens, edits and saves it), approve, and what billing's outbox then holds.
 */
class ApprovalLoopTests extends FinanceTestSupport {

	private static final String BILLING_HEADER = "period,customer_id,customer_name,service,region,currency,"
			+ "previous_amount,adjustment_amount,approved_amount,reviewer,approved_at";

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void aWorkbookSavedByPoiAfterAReviewIsStoredAndHandedToBillingOnce() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path reviewed = this.output.resolve("reviewed.xlsx");
		Reviewer.edit(workbook(), reviewed, (r) -> r.decide("C-JPY", "api", "Approved", "alice", "checked the SLA")
			.decide("C-FREE", "api", "Rejected", "alice", "free plan: no goodwill"));

		Finance.Result approve = approve(reviewed);

		assertThat(approve.exitCode()).isZero();
		assertThat(approve.stderr()).isEmpty();
		assertThat(this.jdbc.queryForList("""
				SELECT customer_id || '/' || decision || '/' || credit_amount || '/' || reviewer || '/' || comment
				       || '/' || (workbook_sha256 IS NOT NULL) FROM credit_decision ORDER BY customer_id
				""", String.class)).containsExactly("C-FREE/Rejected/1.00/alice/free plan: no goodwill/true",
				"C-JPY/Approved/1235/alice/checked the SLA/true");
		List<Path> files = outboxFiles();
		assertThat(files).hasSize(1);
		List<String> lines = Files.readAllLines(files.get(0));
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).isEqualTo(BILLING_HEADER);
		assertThat(lines.get(1)).startsWith("2026-10,C-JPY,株式会社サクラ,api,ap-northeast,JPY,0,1235,1235,alice,");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0)))).isEqualTo("rw-r-----");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0).getParent())))
			.isEqualTo("rwxr-x---");

		// the same workbook again, and a rerun: nothing more for billing
		Finance.Result again = approve(reviewed);
		assertThat(again.exitCode()).isZero();
		assertThat(again.stdout()).contains("imported before", "nothing new for billing");
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		assertThat(outboxFiles()).isEqualTo(files);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credit_decision", Long.class)).isEqualTo(2);
		assertSumRule();
		// the new workbook shows the decisions
		assertThat(Reviewer.cell(workbook(), "Credits", "C-JPY", "api", "approval")).isEqualTo("Approved");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-JPY", "api", "reviewer")).isEqualTo("alice");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "api", "approval")).isEqualTo("Rejected");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-ENT", "api", "approval")).isEqualTo("Pending");
		// the drafts tell as applied only what was approved
		Path followUp = this.output.resolve(PERIOD).resolve("follow-up.xlsx");
		assertThat(Reviewer.cell(followUp, "Messages", "C-JPY", null, "email body"))
			.contains("we have applied a credit of JPY 1,235");
		assertThat(Reviewer.cell(followUp, "Messages", "C-ENT", null, "email body"))
			.contains("your subscription qualifies for a credit of USD 24.99")
			.doesNotContain("applied");
		// C-FREE's api credit was rejected: only the dashboard's 0.78 is still to decide
		assertThat(Reviewer.cell(followUp, "Messages", "C-FREE", null, "email body"))
			.containsPattern("qualif(y|ies) for a goodwill credit of EUR 0.78")
			.doesNotContain("EUR 1.78", "applied");
	}

	@Test
	void aTamperedAmountIsRefusedWithNothingStored() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path reviewed = this.output.resolve("reviewed.xlsx");
		Reviewer.edit(workbook(), reviewed,
				(r) -> r.decide("C-ENT", "api", "Approved", "mallory", "fine")
					.decide("C-JPY", "api", "Approved", "mallory", "more")
					.setNumber("Credits", "C-JPY", "api", "credit_amount", 123456));

		Finance.Result approve = approve(reviewed);

		assertThat(approve.exitCode()).isEqualTo(2);
		assertThat(approve.stderr().lines().toList()).singleElement()
			.asString()
			.contains("sheet Credits, cell N6", "credit_amount 123456 is not the 1235");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credit_decision", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM approval_import", Long.class)).isZero();
		assertThat(outboxFiles()).isEmpty();
	}

	@Test
	void aWorkbookOfAnotherPeriodOrWithoutADecisionMakerIsRefused() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path otherMonth = this.output.resolve("other.xlsx");
		Reviewer.edit(workbook(), otherMonth, (r) -> r.decide("C-ENT", "api", "Approved", "alice", null));
		Finance.Result refused = approve(otherMonth, "2026-09");
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.stderr()).contains("sheet Summary, Period 2026-10 is not the period 2026-09");
		Path anonymous = this.output.resolve("anonymous.xlsx");
		Reviewer.edit(workbook(), anonymous, (r) -> r.decide("C-ENT", "api", "Approved", "", null));
		assertThat(approve(anonymous).stderr()).contains("sheet Credits, cell Q2", "names no reviewer");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credit_decision", Long.class)).isZero();
	}

	@Test
	void aReviewerOnTwoLinesOrAnOverlongCommentIsRefusedWithNothingStored() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		// a workbook's XML holds no NUL (POI writes one as an escape), but a line break
		// it does
		Path twoLines = this.output.resolve("two-lines.xlsx");
		Reviewer.edit(workbook(), twoLines, (r) -> r.decide("C-ENT", "api", "Approved", "ali\nce", null));
		Finance.Result refused = approve(twoLines);
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.stderr().lines().toList()).singleElement()
			.asString()
			.contains("sheet Credits, cell Q2", "reviewer has the character U+000A at character 4");
		Path huge = this.output.resolve("huge.xlsx");
		Reviewer.edit(workbook(), huge, (r) -> r.decide("C-ENT", "api", "Approved", "alice", "x".repeat(30_000)));
		assertThat(approve(huge).stderr()).contains("sheet Credits, cell R2",
				"comment has 30,000 characters, over the limit of 5,000");
		Path longId = this.output.resolve("long-id.xlsx");
		Reviewer.edit(workbook(), longId, (r) -> r.decide("C-ENT", "api", "Approved", "alice", null)
			.setText("Credits", "C-ENT", "customer_id", "C".repeat(300)));
		assertThat(approve(longId).stderr().lines().toList()).singleElement()
			.asString()
			.contains("sheet Credits, cell B2", "customer_id has 300 characters, over the limit of 200")
			.hasSizeLessThan(200);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credit_decision", Long.class)).isZero();
		assertThat(outboxFiles()).isEmpty();
	}

	@Test
	void anEditedIncidentResetsExactlyTheChangedLinesToPending() throws Exception {
		Path input = copyOfFixture();
		assertThat(run(input, this.output, PERIOD).succeeded()).isTrue();
		Path reviewed = this.output.resolve("reviewed.xlsx");
		Reviewer.edit(workbook(), reviewed, (r) -> r.decide("C-JPY", "api", "Approved", "alice", null)
			.decide("C-ENT", "api", "Approved", "alice", null));
		assertThat(approve(reviewed).exitCode()).isZero();
		// a late incident takes C-JPY from 1235 to 3086 yen
		append(input.resolve("incidents.csv"),
				"INC-N,Late report from Tokyo,SEV2,incident,api,ap-northeast,2026-10-25T00:00:00Z,,"
						+ "2026-10-25T10:00:00Z,,,The API was unavailable.,A power failure.,,,");
		append(input.resolve("usage.csv"), "C-JPY,api,ap-northeast,2026-10-24,70,0");
		assertThat(run(input, this.output, PERIOD).succeeded()).isTrue();

		assertThat(Reviewer.cell(workbook(), "Credits", "C-JPY", "api", "approval")).isEqualTo("Pending");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-JPY", "api", "comment"))
			.startsWith("Pending again: the amount changed from 1235 to 3086 JPY since alice set Approved on ")
			.endsWith("; billing holds 1235 until it is decided again");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-ENT", "api", "approval")).isEqualTo("Approved");
		assertThat(outboxFiles()).hasSize(1);
		assertSumRule();

		Path again = this.output.resolve("reviewed-again.xlsx");
		Reviewer.edit(workbook(), again, (r) -> r.decide("C-JPY", "api", "Approved", "bob", "new incident"));
		assertThat(approve(again).exitCode()).isZero();
		List<Path> files = outboxFiles();
		assertThat(files).hasSize(2);
		assertThat(Files.readAllLines(files.get(1))).hasSize(2)
			.element(1)
			.asString()
			.startsWith("2026-10,C-JPY,株式会社サクラ,api,ap-northeast,JPY,1235,1851,3086,bob,");
		assertSumRule();
	}

	@Test
	void rejectingAnApprovedLineTakesItBackFromBilling() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path first = this.output.resolve("first.xlsx");
		Reviewer.edit(workbook(), first, (r) -> r.decide("C-ENT", "api", "Approved", "alice", null));
		assertThat(approve(first).exitCode()).isZero();
		Path second = this.output.resolve("second.xlsx");
		Reviewer.edit(first, second, (r) -> r.decide("C-ENT", "api", "Rejected", "carol", "duplicate claim"));
		assertThat(approve(second).exitCode()).isZero();
		List<Path> files = outboxFiles();
		assertThat(files).hasSize(2);
		assertThat(Files.readAllLines(files.get(1)).get(1))
			.startsWith("2026-10,C-ENT,Northwind Analytics,api,eu-west,USD,24.99,-24.99,0.00,carol,");
		assertSumRule();
	}

	@Test
	void decisionsAndNotesInTheWorkbooksInPlaceSurviveTheNightlyRun() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		// finance and support edit the files in place, and never run approve
		Reviewer.edit(workbook(), workbook(), (r) -> r.decide("C-FREE", "api", "Rejected", "dave", "no SLA")
			.decide("C-JPY", "api", "Approved", "dave", null));
		Path followUp = this.output.resolve(PERIOD).resolve("follow-up.xlsx");
		Reviewer.edit(followUp, followUp, (r) -> r.setText("Follow-up", "C-JPY", "status", "Contacted")
			.setText("Follow-up", "C-JPY", "notes", "called Mr Sato, credit explained"));

		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();

		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "api", "approval")).isEqualTo("Rejected");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "api", "reviewer")).isEqualTo("dave");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "api", "comment")).isEqualTo("no SLA");
		assertThat(Reviewer.cell(followUp, "Follow-up", "C-JPY", null, "status")).isEqualTo("Contacted");
		assertThat(Reviewer.cell(followUp, "Follow-up", "C-JPY", null, "notes"))
			.isEqualTo("called Mr Sato, credit explained");
		assertThat(this.jdbc.queryForObject("SELECT source FROM approval_import", String.class))
			.isEqualTo("carried over");
		// a stored approval is an approval: the run hands it over
		assertThat(outboxFiles()).hasSize(1);
		assertSumRule();
		// the archive keeps what each run said, and the workbooks as they were edited
		Path archive = this.output.resolve("archive").resolve(PERIOD);
		try (Stream<Path> runs = Files.list(archive)) {
			List<Path> kept = runs.sorted().toList();
			assertThat(kept).hasSize(2);
			assertThat(kept.get(0).resolve("credit_adjustments.csv")).exists();
			assertThat(kept.get(1).resolve("before-run/credit-review.xlsx")).exists();
			assertThat(kept.get(1).resolve("credit-review.xlsx")).exists();
		}
	}

	@Test
	void theAutoApprovalPolicyApprovesSmallSlaCreditsOnly() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path reviewed = this.output.resolve("reviewed.xlsx");
		Reviewer.edit(workbook(), reviewed, (r) -> r.decide("C-JPY", "api", "Rejected", "erin", "disputed"));
		assertThat(approve(reviewed).exitCode()).isZero();
		AutoApproval policy = new AutoApproval(
				new AutoApprovalSettings(true, List.of("sla"),
						Map.of("USD", new BigDecimal("20.00"), "JPY", new BigDecimal("5000"))),
				this.decisions, new TransactionTemplate(this.transactionManager), Clock.systemUTC());
		long runId = this.jdbc.queryForObject("SELECT max(run_id) FROM completed_run WHERE period = ?", Long.class,
				PERIOD);

		// C-EVIL: sla, USD 2.50 is under the ceiling; C-ENT's 24.99 is over it; C-JPY
		// was rejected by a person; goodwill, EUR and GBP lines are not covered
		assertThat(policy.approve(PERIOD, runId)).isEqualTo(1);
		assertThat(policy.approve(PERIOD, runId)).isZero();
		this.outbox.handOff(PERIOD, BillingOutbox.of(this.output));
		List<Path> files = outboxFiles();
		assertThat(files).hasSize(1);
		// a name that looks like a formula is written as it came
		assertThat(Files.readAllLines(files.get(0)).get(1)).startsWith("2026-10,C-EVIL,"
				+ "\"=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\",api,eu-west,USD,0.00,2.50,2.50,auto-approval policy,");
		assertThat(this.jdbc.queryForObject("SELECT policy FROM credit_decision WHERE customer_id = 'C-EVIL'",
				String.class))
			.isEqualTo("sla credits up to USD 20.00");
		assertSumRule();
	}

	@Test
	void aHandOffRecordedButNotWrittenIsWrittenOnceAfterARestart() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path reviewed = this.output.resolve("reviewed.xlsx");
		Reviewer.edit(workbook(), reviewed, (r) -> r.decide("C-JPY", "api", "Approved", "alice", null));
		assertThat(approve(reviewed).exitCode()).isZero();
		Path file = outboxFiles().get(0);
		byte[] written = Files.readAllBytes(file);
		// as if killed after the hand-off was recorded, before its file was renamed
		// into place
		Files.delete(file);
		Files.write(file.resolveSibling(".writing-" + file.getFileName()), new byte[] { 'x' });

		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();

		assertThat(outboxFiles()).containsExactly(file);
		assertThat(Files.readAllBytes(file)).isEqualTo(written);
		try (Stream<Path> all = Files.list(file.getParent())) {
			assertThat(all).hasSize(1);
		}
		assertSumRule();
	}

	private List<Path> outboxFiles() throws IOException {
		return Finance.outboxFiles(this.output);
	}

	private void assertSumRule() throws IOException {
		this.finance.assertSumRule(this.output, PERIOD);
	}

	private Finance.Result approve(Path workbook) throws Exception {
		return approve(workbook, PERIOD);
	}

	private Finance.Result approve(Path workbook, String period) throws Exception {
		return this.finance.approve(this.output, workbook, period);
	}

	private static Path copyOfFixture() throws IOException {
		Path copy = temporaryDirectory("approvals-input");
		try (Stream<Path> files = Files.list(FIXTURE)) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	private static void append(Path file, String line) throws IOException {
		Files.writeString(file, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
	}

}
