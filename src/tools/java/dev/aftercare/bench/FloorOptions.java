package dev.aftercare.bench;

import java.nio.file.Path;

/**
 * What to load.
 *
 * @param input the directory whose CSV files are loaded
 * @param dataDirectory where the embedded PostgreSQL keeps its data; {@code null} for a
 * fresh temporary directory that is deleted afterwards
 */
record FloorOptions(Path input, Path dataDirectory) {

	static final String USAGE = "usage: floor --input=DIR [--data-directory=DIR]";

	static FloorOptions parse(String[] args) {
		Path input = null;
		Path dataDirectory = null;
		for (String arg : args) {
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			switch (name) {
				case "--input" -> input = Path.of(required(name, value));
				case "--data-directory" -> dataDirectory = Path.of(required(name, value));
				default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
			}
		}
		if (input == null) {
			throw new IllegalArgumentException("--input is required");
		}
		return new FloorOptions(input, dataDirectory);
	}

	private static String required(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return value;
	}

}
