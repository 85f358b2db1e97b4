package dev.aftercare.system;

import dev.aftercare.run.InvalidRunException;
import dev.aftercare.run.RunRequest;
import dev.aftercare.summary.RunMetrics;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the credit job from the command line and turns the outcome into one line on stderr
 * and an exit code for the scheduler.
 */
@Component
@ConditionalOnProperty(name = "aftercare.run-on-startup", havingValue = "true", matchIfMissing = true)
class CreditRunLauncher implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(CreditRunLauncher.class);

	private final CreditRun creditRun;

	private final RunStopNotice stopNotice;

	private final RunMetrics metrics;

	private final ExitCodes exitCodes;

	CreditRunLauncher(CreditRun creditRun, RunStopNotice stopNotice, RunMetrics metrics, ExitCodes exitCodes) {
		this.creditRun = creditRun;
		this.stopNotice = stopNotice;
		this.metrics = metrics;
		this.exitCodes = exitCodes;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		RunOutcome outcome;
		RunRequest request = null;
		try (RunStopNotice.Armed armed = this.stopNotice.arm()) {
			request = RunRequest.parse(arguments, Clock.systemUTC());
			outcome = this.creditRun.run(request);
		}
		catch (InvalidRunException ex) {
			outcome = RunOutcome.failed(ExitCodes.of(ex), ex.getMessage(), null);
		}
		this.exitCodes.ended(outcome.exitCode());
		// the process's whole time, start-up included, is what the scheduler waited
		Duration elapsed = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
		if (request != null) {
			this.metrics.publish(outcome.exitCode(), outcome.parameters(), outcome.figures(), request.output(),
					request.period(), elapsed);
		}
		logger.info("{}", RunEndLine.of(outcome, elapsed));
		// a stopped run fails as its database goes away: the stop notice has said why
		if (!outcome.succeeded() && !RunStopNotice.stopping()) {
			System.err.println("aftercare: " + outcome.message());
		}
	}

}
