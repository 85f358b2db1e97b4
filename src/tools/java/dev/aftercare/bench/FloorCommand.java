package dev.aftercare.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import dev.aftercare.system.EmbeddedServer;
import org.apache.commons.io.file.PathUtils;

/**
 * {@code floor --input=DIR [--data-directory=DIR]}: the fastest the input could reach
 * PostgreSQL. Starts the embedded PostgreSQL as the job does and loads every CSV file of
 * the input with {@code COPY} and nothing else, then prints per file and in total the
 * rows and seconds, one {@code key=value} line each, for the benchmark to read. The
 * database start is timed apart from the loading.
 */
public final class FloorCommand {

	private FloorCommand() {
	}

	/**
	 * Loads; returns 0 on success, 2 for bad arguments or input, 1 when loading failed.
	 */
	public static int run(String[] args) {
		return run(args, System.out);
	}

	static int run(String[] args, PrintStream out) {
		FloorOptions options;
		try {
			options = FloorOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("floor: " + ex.getMessage());
			System.err.println(FloorOptions.USAGE);
			return 2;
		}
		try {
			load(options, csvFiles(options.input()), out);
			return 0;
		}
		catch (NoSuchFileException | NotDirectoryException ex) {
			System.err.println("floor: no such input: " + ex.getFile());
			return 2;
		}
		catch (IOException | SQLException ex) {
			System.err.println("floor: cannot load " + options.input() + ": " + ex.getMessage());
			return 1;
		}
	}

	private static void load(FloorOptions options, List<Path> files, PrintStream out) throws IOException, SQLException {
		boolean temporary = options.dataDirectory() == null;
		// a temporary data directory sits in a directory of its own, with its password
		// and
		// binaries beside it
		Path dataDirectory = temporary ? Files.createTempDirectory("aftercare-floor-pg").resolve("pgdata")
				: options.dataDirectory().toAbsolutePath();
		Files.createDirectories(dataDirectory);
		try {
			long started = System.nanoTime();
			// the job's own server, not durable, as the benchmark runs the job
			try (EmbeddedPostgres postgres = EmbeddedServer.start(dataDirectory, 0, false)) {
				double startSeconds = seconds(started);
				print(out, "start data_directory=%s seconds=%.3f", dataDirectory, startSeconds);
				long rows = 0;
				long copying = System.nanoTime();
				try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
					CsvCopy copy = new CsvCopy(connection);
					for (Path file : files) {
						long fileStarted = System.nanoTime();
						long fileRows = copy.load(file);
						rows += fileRows;
						print(out, "file=%s rows=%d seconds=%.3f", file.getFileName(), fileRows, seconds(fileStarted));
					}
				}
				double copySeconds = seconds(copying);
				print(out, "floor_seconds=%.3f start_seconds=%.3f copy_and_start_seconds=%.3f rows=%d files=%d",
						copySeconds, startSeconds, copySeconds + startSeconds, rows, files.size());
			}
		}
		finally {
			if (temporary) {
				PathUtils.deleteDirectory(dataDirectory.getParent());
			}
		}
	}

	/** The input's CSV files by name; none is an error, as a missing directory is. */
	static List<Path> csvFiles(Path input) throws IOException {
		try (Stream<Path> entries = Files.list(input)) {
			List<Path> files = entries.filter((path) -> path.getFileName().toString().endsWith(".csv"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
			if (files.isEmpty()) {
				throw new NoSuchFileException(input.resolve("*.csv").toString());
			}
			return files;
		}
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	private static void print(PrintStream out, String format, Object... values) {
		out.println(String.format(Locale.ROOT, format, values));
	}

}
