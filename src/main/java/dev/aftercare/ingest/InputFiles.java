package dev.aftercare.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The checks that fail a run before anything is written: every required file is there,
 * readable, and has every required column; usage in parts, every part.
 */
public final class InputFiles {

	private InputFiles() {
	}

	/**
	 * Checks every input file of {@code inputDir}, reading only the headers.
	 * @throws InputFileException on the first problem
	 */
	public static void checkAll(Path inputDir) {
		if (!Files.isDirectory(inputDir)) {
			throw new InputFileException("input directory " + inputDir + " does not exist");
		}
		for (InputFile kind : InputFile.values()) {
			List<String> files = namesOf(kind, inputDir);
			if (!Files.exists(inputDir.resolve(files.get(0)))) {
				if (kind.optional()) {
					continue;
				}
				throw new InputFileException("input directory " + inputDir + " has no " + kind.fileName());
			}
			for (String file : files) {
				check(inputDir.resolve(file), kind, file);
			}
		}
	}

	/**
	 * The files of {@code kind} in {@code input}, named as rejects and counts name them:
	 * the usage parts when usage comes in {@code usage/}, else the kind's one file, which
	 * may be absent.
	 */
	public static List<String> namesOf(InputFile kind, Path input) {
		List<String> parts = (kind == InputFile.USAGE) ? UsageParts.of(input) : List.of();
		return parts.isEmpty() ? List.of(kind.fileName()) : parts;
	}

	private static void check(Path path, InputFile kind, String file) {
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new InputFileException(file + ": " + path + " is not a readable file");
		}
		try (CsvSource source = CsvSource.open(path, kind, file)) {
			// the header was checked on open
		}
	}

	/** Whether {@code dir} holds {@code kind}'s file. */
	public static boolean present(Path dir, InputFile kind) {
		return Files.isRegularFile(dir.resolve(kind.fileName()));
	}

}
