package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import dev.aftercare.run.RunRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that failed is restarted only while its inputs are the ones it was given: once
 * the operator fixes an input, or asks for {@code --new-run}, the failed run is abandoned
 * and a new one reads everything again.
 */
class RerunTests extends JobTestSupport {

	private static final Path FIXTURE = Path.of("src/test/resources/runs/october");

	@Test
	void aFixedInputStartsANewRunThatReadsItInsteadOfRestartingTheFailedOne() throws IOException {
		Path input = copyOf(FIXTURE);
		Path output = temporaryDirectory("rerun-fixed");
		// the inputs are loaded when the run fails: a restart would resume on the old
		// copy
		this.faults.failOnce("exportCsv", 1);
		RunOutcome failed = run(input, output, "2026-10");
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(failed.message()).contains("injected fault")
			.contains("--new-run abandons this run and starts a new one")
			.doesNotContain("\n");
		long failedRunId = runIdOf(failed);
		append(input.resolve("incidents.csv"),
				"INC-N,Late report from Tokyo,SEV2,incident,api,ap-northeast,2026-10-25T00:00:00Z,,"
						+ "2026-10-25T10:00:00Z,,,The API was unavailable.,A power failure.,,,");
		append(input.resolve("usage.csv"), "C-JPY,api,ap-northeast,2026-10-24,70,0");

		RunOutcome fixed = run(input, output, "2026-10");

		assertThat(fixed.succeeded()).isTrue();
		assertThat(fixed.parameters().run()).isEqualTo(failed.parameters().run() + 1);
		assertThat(status(failedRunId)).isEqualTo("ABANDONED");
		// the abandoned run's copy of the input is gone with it
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM in_customer WHERE run_id = ?", Long.class, failedRunId))
			.isZero();
		// 135 + 600 minutes: the late incident is in, so the new run read the fixed file
		assertThat(Files.readAllLines(output.resolve("2026-10/credits.csv")))
			.contains("2026-10,C-JPY,株式会社サクラ,business,api,ap-northeast,JPY,12345,735.00,98.3535,99.9,25,sla,3086,"
					+ "INC-A;INC-B;INC-N");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM completed_run WHERE run_id = ?", Long.class,
				failedRunId))
			.isZero();
	}

	@Test
	void newRunAbandonsAFailedRunOnUnchangedInputs() throws IOException {
		Path output = temporaryDirectory("rerun-new");
		this.faults.failOnce("writeSummary", 1);
		RunOutcome failed = run(FIXTURE, output, "2026-10");
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILURE);
		long failedRunId = runIdOf(failed);

		RunOutcome next = this.creditRun
			.run(new RunRequest(FIXTURE, output, YearMonth.parse("2026-10"), null, true, true));

		assertThat(next.succeeded()).isTrue();
		assertThat(next.parameters().run()).isEqualTo(failed.parameters().run() + 1);
		assertThat(status(failedRunId)).isEqualTo("ABANDONED");
		assertThat(output.resolve("2026-10/credits.csv")).exists();
		// the next plain run is a new one after the completed run, not the abandoned one
		RunOutcome after = run(FIXTURE, output, "2026-10");
		assertThat(after.parameters().run()).isEqualTo(next.parameters().run() + 1);
	}

	@Test
	void newRunAfterACompletedRunIsAnOrdinaryNewRun() {
		Path output = temporaryDirectory("rerun-completed");
		RunOutcome first = run(FIXTURE, output, "2026-10");
		assertThat(first.succeeded()).isTrue();
		RunOutcome next = this.creditRun
			.run(new RunRequest(FIXTURE, output, YearMonth.parse("2026-10"), null, true, true));
		assertThat(next.succeeded()).isTrue();
		assertThat(next.parameters().run()).isEqualTo(first.parameters().run() + 1);
		assertThat(status(runIdOf(first))).isEqualTo("COMPLETED");
	}

	@Test
	void anUnchangedInputAfterAFailureResumesTheSameRun() throws IOException {
		Path input = copyOf(FIXTURE);
		Path output = temporaryDirectory("rerun-resume");
		this.faults.failOnce("writePostmortems", 1);
		RunOutcome failed = run(input, output, "2026-10");
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILURE);
		RunOutcome resumed = run(input, output, "2026-10");
		assertThat(resumed.succeeded()).isTrue();
		assertThat(resumed.parameters().run()).isEqualTo(failed.parameters().run());
		assertThat(runIdOf(resumed)).isEqualTo(runIdOf(failed));
		// the steps done before the failure were not done again
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM batch_step_execution s
				JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
				WHERE e.job_instance_id = ? AND s.step_name = 'ingestCustomers'
				""", Long.class, runIdOf(resumed))).isEqualTo(1);
	}

	@Test
	void aRunAKilledProcessLeftStartedIsMarkedFailedAndResumed() throws IOException {
		Path input = copyOf(FIXTURE);
		Path output = temporaryDirectory("rerun-killed");
		this.faults.failOnce("writePostmortems", 1);
		RunOutcome failed = run(input, output, "2026-10");
		long runId = runIdOf(failed);
		// what a process killed in the middle of writePostmortems leaves behind
		long killed = this.jdbc.queryForObject(
				"SELECT max(job_execution_id) FROM batch_job_execution WHERE job_instance_id = ?", Long.class, runId);
		this.jdbc.update(
				"UPDATE batch_job_execution SET status = 'STARTED', end_time = NULL WHERE job_execution_id = ?",
				killed);
		this.jdbc.update("""
				UPDATE batch_step_execution SET status = 'STARTED', end_time = NULL
				WHERE job_execution_id = ? AND step_name = 'writePostmortems'
				""", killed);

		RunOutcome resumed = run(input, output, "2026-10");

		assertThat(resumed.succeeded()).isTrue();
		assertThat(runIdOf(resumed)).isEqualTo(runId);
		assertThat(this.jdbc.queryForMap(
				"SELECT status, exit_code, exit_message, end_time FROM batch_job_execution WHERE job_execution_id = ?",
				killed))
			.containsEntry("status", "FAILED")
			.containsEntry("exit_code", "FAILED")
			.containsEntry("exit_message", "abandoned: the process running it stopped")
			.extractingByKey("end_time")
			.isNotNull();
		assertThat(this.jdbc.queryForObject("""
				SELECT status FROM batch_step_execution WHERE job_execution_id = ? AND step_name = 'writePostmortems'
				""", String.class, killed)).isEqualTo("FAILED");
	}

	private String status(long runId) {
		return this.jdbc.queryForObject(
				"SELECT status FROM batch_job_execution WHERE job_instance_id = ? ORDER BY job_execution_id DESC LIMIT 1",
				String.class, runId);
	}

	static void append(Path file, String line) throws IOException {
		Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

}
