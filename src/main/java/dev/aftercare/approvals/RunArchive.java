package dev.aftercare.approvals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import dev.aftercare.run.RunParameters;

/**
 * {@code OUTPUT/archive/<period>/run-<n>/}: what each run said, kept when the next run
 * replaces {@code OUTPUT/<period>/}, so that an auditor can read every run's files. The
 * workbooks finance and support had edited when the run started are kept beside, in
 * {@code before-run/}.
 */
final class RunArchive {

	static final String BEFORE_RUN = "before-run";

	private RunArchive() {
	}

	static Path of(RunParameters parameters) {
		return parameters.output()
			.resolve("archive")
			.resolve(parameters.period().toString())
			.resolve("run-%04d".formatted(parameters.run()));
	}

	/**
	 * Copies the files (not the folders) of {@code from} into {@code to}; done again
	 * after a crash, it copies the same files again.
	 */
	static int copyFiles(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			return 0;
		}
		Files.createDirectories(to);
		int copied = 0;
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				copied++;
			}
		}
		return copied;
	}

	static void copyIfThere(Path file, Path to) throws IOException {
		if (Files.isRegularFile(file)) {
			Files.createDirectories(to);
			Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
