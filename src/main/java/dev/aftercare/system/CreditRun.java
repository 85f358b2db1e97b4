package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import dev.aftercare.run.PreflightCheck;
import dev.aftercare.run.RunParameters;
import dev.aftercare.run.RunRequest;
import dev.aftercare.run.TermsSource;
import dev.aftercare.summary.RunFigures;
import dev.aftercare.summary.RunSummaryWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Service;

import dev.aftercare.guard.InputShrankException;
import dev.aftercare.ingest.InputFileException;
import dev.aftercare.ingest.InputFiles;

/**
 * One credit run of a period: checks what it was given before anything is written,
 * launches a new run or restarts an unfinished one, and says how it ended.
 */
@Service
public class CreditRun {

	private static final Logger logger = LoggerFactory.getLogger(CreditRun.class);

	/**
	 * The way out of a run that keeps failing the same way, said where the operator looks
	 * first.
	 */
	static final String RERUN_HINT = "; the previous outputs are untouched. Run the same command again: it resumes"
			+ " this run, or starts a new one once an input has changed; --new-run abandons this run and starts a new"
			+ " one";

	private final JobLauncher jobLauncher;

	private final Job creditRunJob;

	private final RunHistory history;

	private final RunSummaryWriter summaries;

	private final List<PreflightCheck> preflightChecks;

	private final PeriodLock lock;

	private final LostDatabase lostDatabase;

	CreditRun(JobLauncher jobLauncher, Job creditRunJob, RunHistory history, RunSummaryWriter summaries,
			List<PreflightCheck> preflightChecks, PeriodLock lock, LostDatabase lostDatabase) {
		this.lock = lock;
		this.lostDatabase = lostDatabase;
		this.jobLauncher = jobLauncher;
		this.creditRunJob = creditRunJob;
		this.history = history;
		this.summaries = summaries;
		this.preflightChecks = preflightChecks;
	}

	public RunOutcome run(RunRequest request) {
		RunParameters parameters = null;
		try {
			Path terms = TermsSource.resolve(request.input(), request.terms());
			TermsSource.load(terms);
			InputFiles.checkAll(request.input());
			this.preflightChecks.forEach((check) -> check.check(request));
			try (PeriodLock.Held held = this.lock.acquire(request.period().toString())) {
				// only under the lock may an unfinished run be taken for abandoned
				String inputs = InputFingerprint.of(request.input(), terms);
				long run = this.history.nextRun(request.period().toString(), inputs, request.newRun());
				parameters = new RunParameters(request.period(), run, request.input(), request.output(), terms, inputs,
						request.acceptShrink());
				logger.info("Credit run {} of {}: input {}, output {}, terms {}", parameters.run(), parameters.period(),
						parameters.input(), parameters.output(), (terms != null) ? terms : "bundled default");
				JobExecution execution = this.jobLauncher.run(this.creditRunJob,
						RunParameters.withExitCodeOnRejects(parameters.toJobParameters(), request.exitCodeOnRejects()));
				return outcome(execution, parameters);
			}
		}
		catch (Exception ex) {
			ExitCode code = ExitCodes.of(ex);
			if (code != ExitCode.FAILURE) {
				// a refusal: its message says what to fix
				return RunOutcome.failed(code, ex.getMessage(), parameters);
			}
			logger.error("The run failed", ex);
			return RunOutcome.failed(code, describe(ex), parameters);
		}
	}

	private RunOutcome outcome(JobExecution execution, RunParameters parameters) {
		RunFigures figures = this.summaries.figures(execution.getJobInstance().getInstanceId());
		long rejected = figures.rejectedRows();
		ExitCode code = ExitCodes.of(execution, cause(execution), rejected);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			logger.info("Credit run {} of {} completed: outputs in {}{}", parameters.run(), parameters.period(),
					parameters.periodDirectory(),
					(rejected > 0) ? "; " + rejected + " rejected rows in rejects.csv" : "");
			return new RunOutcome(code, null, parameters, figures);
		}
		Throwable cause = cause(execution);
		if (cause instanceof InputShrankException) {
			// the message says what to do: the same command stops again on the same input
			return new RunOutcome(code, cause.getMessage(), parameters, figures);
		}
		if (code == ExitCode.INVALID_INPUT) {
			return new RunOutcome(code, cause.getMessage() + RERUN_HINT, parameters, figures);
		}
		return new RunOutcome(code,
				"run " + parameters.run() + " of " + parameters.period() + " "
						+ execution.getStatus().toString().toLowerCase()
						+ ((cause != null) ? ": " + describe(cause) : "") + RERUN_HINT,
				parameters, figures);
	}

	/**
	 * The failure that ended the job: a partitioned step only says that a partition
	 * failed, the partition's own cause says why.
	 */
	private static Throwable cause(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		return failures.stream()
			.filter((failure) -> !(failure instanceof JobExecutionException))
			.findFirst()
			.orElse(failures.isEmpty() ? null : failures.get(0));
	}

	private String describe(Throwable ex) {
		Optional<String> lost = this.lostDatabase.describe(ex);
		if (lost.isPresent()) {
			return lost.get();
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root && !(root instanceof InputFileException)) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
