package dev.aftercare.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks that fail a run before anything is written: every required file is there,
 * readable, and has every required column.
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
			Path path = inputDir.resolve(kind.fileName());
			if (!Files.exists(path)) {
				if (kind.optional()) {
					continue;
				}
				throw new InputFileException("input directory " + inputDir + " has no " + kind.fileName());
			}
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				throw new InputFileException(kind.fileName() + ": " + path + " is not a readable file");
			}
			try (CsvSource source = CsvSource.open(path, kind)) {
				// the header was checked on open
			}
		}
	}

	/** Whether {@code dir} holds {@code kind}'s file. */
	public static boolean present(Path dir, InputFile kind) {
		return Files.isRegularFile(dir.resolve(kind.fileName()));
	}

}
