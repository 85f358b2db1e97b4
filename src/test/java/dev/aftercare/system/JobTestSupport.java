package dev.aftercare.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole job: one real embedded PostgreSQL per test JVM, in
 * a fresh data directory, shared by every such test through Spring's context cache.
 */
@SpringBootTest(properties = "aftercare.run-on-startup=false")
@Import(JobTestSupport.Faults.class)
public abstract class JobTestSupport {

	// in a directory of its own, as the job's password and binaries sit beside it
	private static final Path DATA_DIRECTORY = temporaryDirectory("aftercare-test-pg").resolve("pgdata");

	@Autowired
	protected CreditRun creditRun;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected FaultInjector faults;

	@DynamicPropertySource
	static void embeddedDatabase(DynamicPropertyRegistry registry) {
		registry.add("aftercare.embedded-database.data-directory", DATA_DIRECTORY::toString);
		registry.add("aftercare.embedded-database.durable", () -> "false");
	}

	protected static Path temporaryDirectory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The fault injector every job test shares, so that all of them share one context.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Faults {

		@Bean
		FaultInjector faultInjector() {
			return new FaultInjector();
		}

	}

	/** Runs the job as the command line would, for {@code period}. */
	protected RunOutcome run(Path input, Path output, String period) {
		return this.creditRun.run(new RunRequest(input, output, java.time.YearMonth.parse(period), null));
	}

}
