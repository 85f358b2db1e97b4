package dev.aftercare.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims the embedded database's data directory for this process, and stops a PostgreSQL
 * that a killed run left behind. The operating system drops the claim when the process
 * dies, so a PostgreSQL still running on an unclaimed directory belongs to no run; a pid
 * in {@code postmaster.pid} is stopped only once {@link PostmasterProcess} says it is that
 * PostgreSQL.
 */
final class DataDirectoryLock implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DataDirectoryLock.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @throws RunLockedException when another run uses the directory
	 */
	static DataDirectoryLock claim(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
		FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock = channel.tryLock();
		if (lock == null) {
			channel.close();
			throw new RunLockedException(
					"another run is using the embedded database in " + dataDirectory + "; this one stops");
		}
		stopOrphan(dataDirectory);
		return new DataDirectoryLock(channel, lock);
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
			sleep();
		}
		if (postmaster.get().isAlive()) {
			postmaster.get().destroyForcibly();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while stopping a stale PostgreSQL", ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

}
