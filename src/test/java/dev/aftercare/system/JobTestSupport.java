package dev.aftercare.system;

import dev.aftercare.run.RunRequest;
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

	/** The database key of the run an outcome is about: its job instance. */
	protected long runIdOf(RunOutcome outcome) {
		return this.jdbc.queryForObject("""
				SELECT e.job_instance_id FROM batch_job_execution e
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				     AND p.parameter_name = 'run' AND p.parameter_value = ?
				JOIN batch_job_execution_params q ON q.job_execution_id = e.job_execution_id
				     AND q.parameter_name = 'period' AND q.parameter_value = ?
				ORDER BY e.job_execution_id DESC LIMIT 1
				""", Long.class, String.valueOf(outcome.parameters().run()), outcome.parameters().period().toString());
	}

	/** What the ledger holds for {@code period}: amount per customer/service/region. */
	protected java.util.Map<String, java.math.BigDecimal> ledger(String period) {
		java.util.Map<String, java.math.BigDecimal> amounts = new java.util.TreeMap<>();
		this.jdbc.query("SELECT customer_id, service, region, credit_amount FROM credit_ledger WHERE period = ?",
				(rs) -> {
					amounts.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3),
							rs.getBigDecimal(4).stripTrailingZeros());
				}, period);
		return amounts;
	}

	/** A copy of {@code fixture} in a new directory, to change without touching it. */
	protected static Path copyOf(Path fixture) throws IOException {
		Path copy = temporaryDirectory("job-input");
		try (java.util.stream.Stream<Path> files = Files.list(fixture)) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	/**
	 * Runs the job as the command line would, for {@code period}, with
	 * {@code --accept-shrink}: the job tests share one database and run fixtures of
	 * different sizes for the same month, which is not the shrink the guard is about.
	 * ShrinkGuardTests run without it.
	 */
	protected RunOutcome run(Path input, Path output, String period) {
		return this.creditRun.run(new RunRequest(input, output, java.time.YearMonth.parse(period), null, false, true));
	}

}
