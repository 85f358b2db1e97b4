package dev.aftercare;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The nightly outage follow-up job. {@code generate ...} writes a synthetic month of
 * input instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AftercareApplication {

	public static void main(String[] args) {
		// GENERATE-DISPATCH
		int exitCode;
		try {
			exitCode = SpringApplication.exit(SpringApplication.run(AftercareApplication.class, args));
		}
		catch (RuntimeException ex) {
			// the log holds the stack trace; the scheduler's mail gets one line
			System.err.println("aftercare: cannot run: " + rootMessage(ex));
			exitCode = 1;
		}
		System.exit(exitCode);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getName();
	}

}
