package dev.aftercare.generate;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a deterministic set of input files for the job: {@code customers.csv},
 * {@code subscriptions.csv}, {@code incidents.csv}, {@code incident_events.csv},
 * {@code usage.csv}, {@code tickets.csv} and {@code terms.yml}.
 *
 * <pre>
 * java -cp ... dev.aftercare.generate.GenerateCommand --customers=300 --seed=42 --out=samples [--period=2026-10] [--samples]
 * </pre>
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Generates; returns 0 on success, 2 for bad arguments, 1 when writing failed. */
	public static int run(String[] args) {
		GenerateOptions options;
		try {
			options = GenerateOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(GenerateOptions.USAGE);
			return 2;
		}
		try {
			new Generator(options).generate();
			return 0;
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("could not write to " + options.out() + ": " + ex.getMessage());
			return 1;
		}
	}

}
