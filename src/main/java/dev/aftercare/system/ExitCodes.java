package dev.aftercare.system;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.boot.ExitCodeExceptionMapper;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import dev.aftercare.approvals.WorkbookRefusedException;
import dev.aftercare.guard.InputShrankException;
import dev.aftercare.ingest.InputFileException;
import dev.aftercare.run.ExitCode;
import dev.aftercare.run.InvalidRunException;
import dev.aftercare.run.RunLockedException;
import dev.aftercare.run.RunParameters;
import dev.aftercare.terms.InvalidTermsException;

/**
 * The one place that says which {@link ExitCode} an outcome ends with: a job execution by
 * its status and the failure that ended it, a command refused before any job by its
 * exception, an application that could not start by its root cause. The command that ran
 * tells it how it ended, and {@code SpringApplication.exit} asks it for the code.
 */
@Component
public class ExitCodes implements ExitCodeGenerator, ExitCodeExceptionMapper {

	private volatile ExitCode ended = ExitCode.SUCCESS;

	/** Records how the command that ran ended. */
	void ended(ExitCode code) {
		this.ended = code;
	}

	@Override
	public int getExitCode() {
		return this.ended.code();
	}

	@Override
	public int getExitCode(Throwable exception) {
		return ofStart(exception).code();
	}

	/** A command that stopped on {@code failure} before or instead of running the job. */
	static ExitCode of(Throwable failure) {
		if (failure instanceof RunLockedException) {
			return ExitCode.LOCKED;
		}
		if (failure instanceof InvalidRunException || failure instanceof InvalidTermsException
				|| failure instanceof InputFileException || failure instanceof WorkbookRefusedException) {
			return ExitCode.INVALID_INPUT;
		}
		return ExitCode.FAILURE;
	}

	/**
	 * A job execution that ended: a completed one by its rejected rows and whether the
	 * operator asked for exit code 4, another by the failure that ended it.
	 * @param cause the failure that ended the job, or {@code null}
	 */
	static ExitCode of(JobExecution execution, Throwable cause, long rejectedRows) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return RunParameters.successCode(execution.getJobParameters(), rejectedRows);
		}
		// an input the steps found wrong ends the run as a refusal: the same command
		// stops again on the same input
		if (cause instanceof InputShrankException || cause instanceof InputFileException
				|| cause instanceof InvalidTermsException) {
			return ExitCode.INVALID_INPUT;
		}
		return ExitCode.FAILURE;
	}

	/**
	 * An application that could not start, or whose command threw: only a lock held by
	 * another run is worth a code of its own.
	 */
	public static ExitCode ofStart(Throwable failure) {
		return (rootCause(failure) instanceof RunLockedException) ? ExitCode.LOCKED : ExitCode.FAILURE;
	}

	public static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

}
