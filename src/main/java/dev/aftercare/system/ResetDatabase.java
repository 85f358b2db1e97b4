package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import dev.aftercare.run.InvalidRunException;
import dev.aftercare.run.RunLockedException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.apache.commons.io.file.PathUtils;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code reset-database --yes}: deletes the embedded database's data directory, under the
 * lock every run takes on it, so that it never pulls the data from under a run. It reads
 * its settings as the job does (command line, environment, application.yml) but starts no
 * application context, and so no database.
 */
final class ResetDatabase {

	private ResetDatabase() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		ApplicationArguments arguments = StartChecks.known(args, Set.of("yes"));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
			throw new InvalidRunException("reset-database deletes only the embedded database, and"
					+ " spring.datasource.url names a server: drop that one with the server's own tools");
		}
		Path dataDirectory = Binder.get(environment)
			.bindOrCreate("aftercare.embedded-database", EmbeddedDatabaseProperties.class)
			.dataDirectory()
			.toAbsolutePath();
		if (!arguments.containsOption("yes")) {
			throw new InvalidRunException("reset-database deletes " + dataDirectory
					+ " (ledger, decisions, run history) and deletes nothing without --yes");
		}
		if (!Files.exists(dataDirectory)) {
			out.println("aftercare: nothing to delete: " + dataDirectory + " does not exist");
			return ExitCode.SUCCESS.code();
		}
		// a wrong --data-directory must not cost someone their home directory
		if (!Files.isRegularFile(dataDirectory.resolve("PG_VERSION")) && !empty(dataDirectory)) {
			throw new InvalidRunException(dataDirectory + " is not a PostgreSQL data directory (it has no PG_VERSION);"
					+ " nothing was deleted");
		}
		try (DataDirectoryLock lock = DataDirectoryLock.claim(dataDirectory, null, Duration.ZERO)) {
			PathUtils.deleteDirectory(dataDirectory);
		}
		catch (RunLockedException | OverlappingFileLockException ex) {
			err.println("aftercare: a run or approve is using the embedded database in " + dataDirectory
					+ "; nothing was deleted, try again once it has ended");
			return ExitCode.LOCKED.code();
		}
		catch (IOException ex) {
			err.println("aftercare: cannot delete " + dataDirectory + ": " + ex.getMessage());
			return ExitCode.FAILURE.code();
		}
		out.println("aftercare: deleted the embedded database in " + dataDirectory
				+ "; the next run creates a new one and starts from nothing");
		return ExitCode.SUCCESS.code();
	}

	private static boolean empty(Path directory) {
		try {
			return PathUtils.isEmptyDirectory(directory);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
