package dev.aftercare.system;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import dev.aftercare.ingest.InputFileException;
import dev.aftercare.ingest.InputFiles;
import dev.aftercare.terms.InvalidTermsException;

/**
 * Runs the credit job from the command line: checks what it was given before anything is
 * written, launches a new run or restarts an unfinished one, and turns the outcome into
 * one line on stderr and an exit code.
 */
@Component
class CreditRunLauncher implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger logger = LoggerFactory.getLogger(CreditRunLauncher.class);

	private final JobLauncher jobLauncher;

	private final Job creditRun;

	private final RunHistory history;

	private final RunSummaryWriter summaries;

	private final Clock clock;

	private ExitCode exitCode = ExitCode.SUCCESS;

	CreditRunLauncher(JobLauncher jobLauncher, Job creditRun, RunHistory history, RunSummaryWriter summaries) {
		this.jobLauncher = jobLauncher;
		this.creditRun = creditRun;
		this.history = history;
		this.summaries = summaries;
		this.clock = Clock.systemUTC();
	}

	@Override
	public void run(ApplicationArguments arguments) {
		try {
			RunRequest request = RunRequest.parse(arguments, this.clock);
			Path terms = TermsSource.resolve(request.input(), request.terms());
			TermsSource.load(terms);
			InputFiles.checkAll(request.input());
			RunParameters parameters = new RunParameters(request.period(),
					this.history.nextRun(request.period().toString()), request.input(), request.output(), terms);
			logger.info("Credit run {} of {}: input {}, output {}, terms {}", parameters.run(), parameters.period(),
					parameters.input(), parameters.output(), (terms != null) ? terms : "bundled default");
			JobExecution execution = this.jobLauncher.run(this.creditRun, parameters.toJobParameters());
			report(execution, parameters);
		}
		catch (InvalidRunException | InvalidTermsException | InputFileException ex) {
			fail(ExitCode.INVALID_INPUT, ex.getMessage());
		}
		catch (Exception ex) {
			logger.error("The run failed", ex);
			fail(ExitCode.FAILURE, describe(ex));
		}
	}

	private void report(JobExecution execution, RunParameters parameters) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			long rejected = this.summaries.rejectedRows(execution.getJobInstance().getInstanceId());
			logger.info("Credit run {} of {} completed: outputs in {}{}", parameters.run(), parameters.period(),
					parameters.periodDirectory(),
					(rejected > 0) ? "; " + rejected + " rejected rows in rejects.csv" : "");
			return;
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		Throwable cause = failures.isEmpty() ? null : failures.get(0);
		if (cause instanceof InputFileException || cause instanceof InvalidTermsException) {
			fail(ExitCode.INVALID_INPUT, cause.getMessage());
			return;
		}
		fail(ExitCode.FAILURE, "run " + parameters.run() + " of " + parameters.period() + " "
				+ execution.getStatus().toString().toLowerCase() + ((cause != null) ? ": " + describe(cause) : "")
				+ "; the previous outputs are untouched, and the same command resumes the run");
	}

	private void fail(ExitCode code, String message) {
		this.exitCode = code;
		System.err.println("aftercare: " + message);
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root
				&& !(root instanceof InputFileException || root instanceof UncheckedIOException)) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	@Override
	public int getExitCode() {
		return this.exitCode.code();
	}

}
