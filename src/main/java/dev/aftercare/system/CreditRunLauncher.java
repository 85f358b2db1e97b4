package dev.aftercare.system;

import java.time.Clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the credit job from the command line and turns the outcome into one line on stderr
 * and an exit code for the scheduler.
 */
@Component
@ConditionalOnProperty(name = "aftercare.run-on-startup", havingValue = "true", matchIfMissing = true)
class CreditRunLauncher implements ApplicationRunner, ExitCodeGenerator {

	private final CreditRun creditRun;

	private ExitCode exitCode = ExitCode.SUCCESS;

	CreditRunLauncher(CreditRun creditRun) {
		this.creditRun = creditRun;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		RunOutcome outcome;
		try {
			outcome = this.creditRun.run(RunRequest.parse(arguments, Clock.systemUTC()));
		}
		catch (InvalidRunException ex) {
			outcome = RunOutcome.failed(ExitCode.INVALID_INPUT, ex.getMessage(), null);
		}
		this.exitCode = outcome.exitCode();
		if (outcome.succeeded() && outcome.rejectedRows() > 0 && arguments.containsOption("exit-code-on-rejects")) {
			this.exitCode = ExitCode.SUCCESS_WITH_REJECTS;
		}
		if (!outcome.succeeded()) {
			System.err.println("aftercare: " + outcome.message());
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode.code();
	}

}
