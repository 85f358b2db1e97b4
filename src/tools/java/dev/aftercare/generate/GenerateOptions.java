package dev.aftercare.generate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * What to generate.
 *
 * @param customers how many customers, at least 1
 * @param seed the seed: the same seed and options give the same bytes
 * @param out the directory the files go to
 * @param period the month the incidents happen in
 * @param samples whether to append rows that break the contract
 * @param usageParts how many part files of {@code usage/} the usage is cut into, or 0 for
 * one {@code usage.csv}
 */
record GenerateOptions(int customers, long seed, Path out, YearMonth period, boolean samples, int usageParts) {

	static final YearMonth DEFAULT_PERIOD = YearMonth.of(2026, 10);

	static final String USAGE = "usage: generate --customers=N --seed=S --out=DIR [--period=YYYY-MM] [--samples]"
			+ " [--usage-parts=N]";

	static GenerateOptions parse(String[] args) {
		Integer customers = null;
		Long seed = null;
		Path out = null;
		YearMonth period = DEFAULT_PERIOD;
		boolean samples = false;
		int usageParts = 0;
		for (String arg : args) {
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			switch (name) {
				case "--customers" -> customers = positive(name, value);
				case "--seed" -> seed = number(name, value);
				case "--out" -> out = Path.of(required(name, value));
				case "--period" -> period = period(value);
				case "--samples" -> samples = true;
				case "--usage-parts" -> usageParts = positive(name, value);
				default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
			}
		}
		if (customers == null || seed == null || out == null) {
			throw new IllegalArgumentException("--customers, --seed and --out are required");
		}
		return new GenerateOptions(customers, seed, out, period, samples, usageParts);
	}

	private static String required(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return value;
	}

	private static long number(String name, String value) {
		try {
			return Long.parseLong(required(name, value));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " '" + value + "' is not a whole number");
		}
	}

	private static int positive(String name, String value) {
		long number = number(name, value);
		if (number < 1 || number > 9_999_999) {
			throw new IllegalArgumentException(name + " must be between 1 and 9999999");
		}
		return (int) number;
	}

	private static YearMonth period(String value) {
		try {
			return YearMonth.parse(required("--period", value));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--period '" + value + "' is not a month YYYY-MM");
		}
	}

}
