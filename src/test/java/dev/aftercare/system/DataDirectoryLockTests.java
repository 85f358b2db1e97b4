package dev.aftercare.system;

import dev.aftercare.run.RunLockedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two runs on one embedded database: one of another period waits for it, bounded; one of
 * the same period stops at once.
 */
// a guard against a wait that the code under test should not make, not a measure
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class DataDirectoryLockTests {

	private static final Duration LONG = Duration.ofMinutes(30);

	@TempDir
	Path home;

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	@BeforeEach
	void listen() {
		this.log.start();
		((Logger) LoggerFactory.getLogger(DataDirectoryLock.class)).addAppender(this.log);
	}

	@AfterEach
	void stopListening() {
		((Logger) LoggerFactory.getLogger(DataDirectoryLock.class)).detachAppender(this.log);
	}

	private String logged() {
		return this.log.list.stream().map(ILoggingEvent::getFormattedMessage).toList().toString();
	}

	@Test
	void aRunOfAnotherPeriodWaitsForTheDatabaseThenRuns() throws Exception {
		Path data = Files.createDirectories(this.home.resolve("pgdata"));
		DataDirectoryLock first = DataDirectoryLock.claim(data, "2026-10", LONG);
		CompletableFuture<DataDirectoryLock> second = CompletableFuture.supplyAsync(() -> claim(data, "2026-09", LONG));
		while (!logged().contains("waiting up to 30m")) {
			Thread.sleep(50);
		}
		assertThat(logged()).contains("Another run is using the embedded database in " + data);
		assertThat(second).isNotDone();

		first.close();

		second.get(1, TimeUnit.MINUTES).close();
	}

	@Test
	void aRunOfAnotherPeriodStopsAfterTheWait() throws Exception {
		Path data = Files.createDirectories(this.home.resolve("pgdata"));
		try (DataDirectoryLock first = DataDirectoryLock.claim(data, "2026-10", LONG)) {
			assertThatExceptionOfType(RunLockedException.class)
				.isThrownBy(() -> DataDirectoryLock.claim(data, "2026-09", Duration.ofMillis(600)))
				.withMessage("another run kept the embedded database in " + data
						+ " for longer than 600ms (aftercare.embedded-database.lock-wait); this one stops");
		}
		// the period it claimed on the way is free again
		DataDirectoryLock.claim(data, "2026-09", Duration.ZERO).close();
	}

	@Test
	void aSecondRunOfTheSamePeriodStopsAtOnce() throws Exception {
		Path data = Files.createDirectories(this.home.resolve("pgdata"));
		try (DataDirectoryLock first = DataDirectoryLock.claim(data, "2026-10", LONG)) {
			assertThatExceptionOfType(RunLockedException.class)
				.isThrownBy(() -> DataDirectoryLock.claim(data, "2026-10", LONG))
				.withMessage("another run of 2026-10 is under way; this one stops");
		}
		assertThat(logged()).doesNotContain("waiting");
	}

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	void onTheCommandLineBothEndWithExitCodeThreeAndOneLine() throws Exception {
		Path data = Files.createDirectories(this.home.resolve("pgdata"));
		String input = "--input=" + Path.of("src/test/resources/runs/october").toAbsolutePath();
		try (DataDirectoryLock first = DataDirectoryLock.claim(data, "2026-10", LONG)) {
			ChildJob samePeriod = ChildJob.start("0022", data, List.of(), input,
					"--output=" + this.home.resolve("same"), "--period=2026-10");
			ChildJob otherPeriod = ChildJob.start("0022", data, List.of(), input,
					"--output=" + this.home.resolve("other"), "--period=2026-09",
					"--aftercare.embedded-database.lock-wait=1s");

			assertThat(samePeriod.exitCode()).as(samePeriod.stdout()).isEqualTo(3);
			assertThat(lines(samePeriod))
				.containsExactly("aftercare: another run of 2026-10 is under way; this one stops");
			assertThat(otherPeriod.exitCode()).as(otherPeriod.stdout()).isEqualTo(3);
			assertThat(lines(otherPeriod)).containsExactly("aftercare: another run kept the embedded database in "
					+ data + " for longer than 1s (aftercare.embedded-database.lock-wait); this one stops");
			assertThat(otherPeriod.stdout()).contains("waiting up to 1s for it to finish");
		}
		// neither started a server
		assertThat(data).isEmptyDirectory();
	}

	/** What the job itself said on stderr, apart from the JVM's own warnings. */
	private static List<String> lines(ChildJob job) {
		return job.stderr().stream().filter((line) -> line.startsWith("aftercare:")).toList();
	}

	private static DataDirectoryLock claim(Path data, String period, Duration wait) {
		try {
			return DataDirectoryLock.claim(data, period, wait);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
