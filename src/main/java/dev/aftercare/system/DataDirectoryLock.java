package dev.aftercare.system;

import dev.aftercare.run.RunLockedException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.convert.DurationStyle;

/**
 * Claims the embedded database's data directory for this process, and stops a PostgreSQL
 * that a killed run left behind. The operating system drops the claim when the process
 * dies, so a PostgreSQL still running on an unclaimed directory belongs to no run; a pid
 * in {@code postmaster.pid} is stopped only once {@link PostmasterProcess} says it is
 * that PostgreSQL. A run of another period waits for the claim; a second run of the same
 * period stops at once.
 */
final class DataDirectoryLock implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DataDirectoryLock.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private static final Duration POLL = Duration.ofMillis(500);

	private final Path dataDirectory;

	private final List<FileLock> locks;

	private DataDirectoryLock(Path dataDirectory, List<FileLock> locks) {
		this.dataDirectory = dataDirectory;
		this.locks = locks;
	}

	/**
	 * Claims the directory, waiting up to {@code wait} while another run uses it.
	 * @param period the period of the run, or {@code null}: a second run of the same
	 * period stops at once, as waiting would only make it run the period again
	 * @throws RunLockedException when a run of {@code period} is under way, or the
	 * directory stayed in use for {@code wait}
	 */
	static DataDirectoryLock claim(Path dataDirectory, String period, Duration wait) throws IOException {
		return claimPeriod(dataDirectory, period).claimDatabase(wait);
	}

	/**
	 * The first half of {@link #claim}, which never waits: the period alone.
	 * @throws RunLockedException when a run of {@code period} is under way
	 */
	static DataDirectoryLock claimPeriod(Path dataDirectory, String period) throws IOException {
		List<FileLock> held = new ArrayList<>();
		if (period != null) {
			held.add(tryLock(lockFile(dataDirectory, "." + period)).orElseThrow(
					() -> new RunLockedException("another run of " + period + " is under way; this one stops")));
		}
		return new DataDirectoryLock(dataDirectory, held);
	}

	/**
	 * The second half of {@link #claim}: the directory itself. Releases the period too
	 * when it fails.
	 * @throws RunLockedException when the directory stayed in use for {@code wait}
	 */
	DataDirectoryLock claimDatabase(Duration wait) throws IOException {
		try {
			this.locks.add(waitForLock(this.dataDirectory, wait));
			stopOrphan(this.dataDirectory);
			return this;
		}
		catch (IOException | RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private static FileLock waitForLock(Path dataDirectory, Duration wait) throws IOException {
		Path file = lockFile(dataDirectory, "");
		Optional<FileLock> lock = tryLock(file);
		if (lock.isEmpty()) {
			logger.info("Another run is using the embedded database in {}; waiting up to {} for it to finish",
					dataDirectory, readable(wait));
			Instant deadline = Instant.now().plus(wait);
			while (lock.isEmpty() && Instant.now().isBefore(deadline)) {
				sleep(POLL);
				lock = tryLock(file);
			}
		}
		return lock.orElseThrow(() -> new RunLockedException(
				"another run kept the embedded database in " + dataDirectory + " for longer than " + readable(wait)
						+ " (aftercare.embedded-database.lock-wait); this one stops"));
	}

	private static String readable(Duration duration) {
		ChronoUnit unit = (duration.toMillis() % 60_000 == 0) ? ChronoUnit.MINUTES
				: (duration.toMillis() % 1000 == 0) ? ChronoUnit.SECONDS : ChronoUnit.MILLIS;
		return DurationStyle.SIMPLE.print(duration, unit);
	}

	private static Path lockFile(Path dataDirectory, String suffix) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + suffix + ".lock");
	}

	private static Optional<FileLock> tryLock(Path file) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		try {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return Optional.of(lock);
			}
		}
		catch (OverlappingFileLockException ex) {
			// held in this very JVM, as by an earlier application context of a test
		}
		channel.close();
		return Optional.empty();
	}

	private static void stopOrphan(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,18}"))
				? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
		if (postmaster.isEmpty() || !postmaster.get().isAlive()) {
			return;
		}
		if (!PostmasterProcess.serves(postmaster.get(), dataDirectory)) {
			// PostgreSQL would refuse to start while the pid it names lives; the claim
			// says no run uses the directory, so the file is stale
			logger.warn("{} names pid {}, which is not a PostgreSQL of this data directory: leaving it running"
					+ " and removing the stale file", pidFile, postmaster.get().pid());
			Files.delete(pidFile);
			return;
		}
		logger.warn("Stopping the PostgreSQL (pid {}) that a killed run left running on {}", postmaster.get().pid(),
				dataDirectory);
		postmaster.get().destroy();
		Instant deadline = Instant.now().plus(SHUTDOWN_WAIT);
		while (postmaster.get().isAlive() && Instant.now().isBefore(deadline)) {
			sleep(Duration.ofMillis(100));
		}
		if (postmaster.get().isAlive()) {
			postmaster.get().destroyForcibly();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the embedded database", ex);
		}
	}

	private static void release(List<FileLock> locks) throws IOException {
		for (FileLock lock : locks) {
			// closing the channel releases its lock
			lock.channel().close();
		}
	}

	@Override
	public void close() throws IOException {
		release(this.locks);
	}

}
