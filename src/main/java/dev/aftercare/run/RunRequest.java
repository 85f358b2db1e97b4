package dev.aftercare.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.boot.ApplicationArguments;

/**
 * The command line of a credit run: {@code --input=DIR --output=DIR [--period=YYYY-MM]
 * [--terms=FILE] [--new-run] [--accept-shrink]}.
 *
 * @param terms the terms file given with {@code --terms}, or {@code null}
 * @param newRun {@code --new-run}: abandon an unfinished run of the period and start a
 * new one, even on the same inputs
 * @param acceptShrink {@code --accept-shrink}: publish even though an input file has far
 * fewer rows than in the last successful run of the period
 * @param exitCodeOnRejects {@code --exit-code-on-rejects}: a run with rejected rows ends
 * with exit code 4
 */
public record RunRequest(Path input, Path output, YearMonth period, Path terms, boolean newRun, boolean acceptShrink,
		boolean exitCodeOnRejects) {

	private static final String USAGE = "usage: --input=DIR --output=DIR [--period=YYYY-MM] [--terms=FILE]"
			+ " [--exit-code-on-rejects] [--new-run] [--accept-shrink]; --help says more";

	/** A plain nightly run: restart what did not finish, stop on a shrunken input. */
	public RunRequest(Path input, Path output, YearMonth period, Path terms) {
		this(input, output, period, terms, false, false);
	}

	public RunRequest(Path input, Path output, YearMonth period, Path terms, boolean newRun, boolean acceptShrink) {
		this(input, output, period, terms, newRun, acceptShrink, false);
	}

	public RunRequest {
		if (!Files.isDirectory(input)) {
			throw new InvalidRunException("--input " + input + " is not a directory");
		}
		if (terms != null && !Files.isRegularFile(terms)) {
			throw new InvalidRunException("--terms " + terms + " is not a file");
		}
	}

	public static RunRequest parse(ApplicationArguments arguments, Clock clock) {
		Path input = Path.of(single(arguments, "input", true));
		Path output = Path.of(single(arguments, "output", true));
		String periodText = single(arguments, "period", false);
		// the month that contains yesterday is what a run just after midnight wants
		YearMonth period = (periodText != null) ? period(periodText) : defaultPeriod(clock);
		String terms = single(arguments, "terms", false);
		return new RunRequest(input, output, period, (terms != null) ? Path.of(terms) : null,
				flag(arguments, "new-run"), flag(arguments, "accept-shrink"), flag(arguments, "exit-code-on-rejects"));
	}

	/** The month that contains yesterday. */
	public static YearMonth defaultPeriod(Clock clock) {
		return YearMonth.from(LocalDate.now(clock).minusDays(1));
	}

	private static String single(ApplicationArguments arguments, String name, boolean required) {
		List<String> values = arguments.getOptionValues(name);
		if (values == null || values.isEmpty() || values.get(0).isBlank()) {
			if (required) {
				throw new InvalidRunException("--" + name + "=... is required; " + USAGE);
			}
			return null;
		}
		if (values.size() > 1) {
			throw new InvalidRunException("--" + name + " is given more than once");
		}
		return values.get(0);
	}

	/** A switch: given without a value, or as {@code =true} or {@code =false}. */
	private static boolean flag(ApplicationArguments arguments, String name) {
		if (!arguments.containsOption(name)) {
			return false;
		}
		List<String> values = arguments.getOptionValues(name);
		if (values.size() > 1) {
			throw new InvalidRunException("--" + name + " is given more than once");
		}
		if (values.isEmpty() || values.get(0).equalsIgnoreCase("true")) {
			return true;
		}
		if (values.get(0).equalsIgnoreCase("false")) {
			return false;
		}
		throw new InvalidRunException("--" + name + " takes no value; " + USAGE);
	}

	/**
	 * The {@code --period} of any command.
	 * @throws InvalidRunException when {@code text} is not a month
	 */
	public static YearMonth period(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRunException("--period " + text + " is not a month like 2026-10");
		}
	}

}
