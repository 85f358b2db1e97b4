package dev.aftercare.system;

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
 * [--terms=FILE]}.
 *
 * @param terms the terms file given with {@code --terms}, or {@code null}
 */
public record RunRequest(Path input, Path output, YearMonth period, Path terms) {

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
		YearMonth period;
		try {
			// the month that contains yesterday is what a run just after midnight wants
			period = (periodText != null) ? YearMonth.parse(periodText) : defaultPeriod(clock);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRunException("--period " + periodText + " is not a month like 2026-10");
		}
		String terms = single(arguments, "terms", false);
		return new RunRequest(input, output, period, (terms != null) ? Path.of(terms) : null);
	}

	/** The month that contains yesterday. */
	static YearMonth defaultPeriod(Clock clock) {
		return YearMonth.from(LocalDate.now(clock).minusDays(1));
	}

	private static String single(ApplicationArguments arguments, String name, boolean required) {
		List<String> values = arguments.getOptionValues(name);
		if (values == null || values.isEmpty() || values.get(0).isBlank()) {
			if (required) {
				throw new InvalidRunException("--" + name + "=... is required; usage: --input=DIR --output=DIR"
						+ " [--period=YYYY-MM] [--terms=FILE]");
			}
			return null;
		}
		if (values.size() > 1) {
			throw new InvalidRunException("--" + name + " is given more than once");
		}
		return values.get(0);
	}

}
