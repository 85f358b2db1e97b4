package dev.aftercare;

import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import dev.aftercare.system.ApproveCommand;
import dev.aftercare.system.CommandLine;
import dev.aftercare.system.EarlyDatabaseStart;
import dev.aftercare.system.ExitCodes;
import dev.aftercare.run.ExitCode;
import dev.aftercare.system.RunStopNotice;
import dev.aftercare.system.StartupProgress;
import dev.aftercare.system.WorkerCommand;

/**
 * The nightly outage follow-up job; {@code approve ...} takes finance's decisions to
 * billing.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AftercareApplication {

	public static void main(String[] args) {
		// help and wrong arguments are answered before seconds of start-up
		OptionalInt answered = CommandLine.answer(args, System.out, System.err);
		if (answered.isPresent()) {
			System.exit(answered.getAsInt());
		}
		if (args.length > 0 && "approve".equals(args[0])) {
			args = ApproveCommand.arguments(Arrays.copyOfRange(args, 1, args.length));
		}
		boolean worker = args.length > 0 && "worker".equals(args[0]);
		if (worker) {
			args = WorkerCommand.arguments(Arrays.copyOfRange(args, 1, args.length));
		}
		int exitCode;
		try {
			SpringApplication application = new SpringApplication(AftercareApplication.class);
			application.addInitializers(new EarlyDatabaseStart());
			application.addListeners(StartupProgress.every(Duration.ofSeconds(5)));
			ConfigurableApplicationContext context = application.run(args);
			if (worker) {
				// it takes partitions until it is stopped: its context closes on SIGTERM
				return;
			}
			exitCode = SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			if (RunStopNotice.stopping()) {
				// SIGTERM or SIGINT: the JVM ends with 143 or 130 once its hooks are done
				RunStopNotice.sayStoppedBeforeRun();
				System.exit(ExitCode.FAILURE.code());
			}
			ExitCode code = ExitCodes.ofStart(ex);
			// the log holds the stack trace; the scheduler's mail gets one line
			System.err.println("aftercare: " + ((code == ExitCode.LOCKED) ? ExitCodes.rootCause(ex).getMessage()
					: "cannot run: " + rootMessage(ex)));
			exitCode = code.code();
		}
		System.exit(exitCode);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ExitCodes.rootCause(ex);
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getName();
	}

}
