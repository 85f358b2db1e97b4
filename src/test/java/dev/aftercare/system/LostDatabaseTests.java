package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import dev.aftercare.run.RunRequest;
import java.nio.file.Path;
import java.time.YearMonth;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that goes away under a run is named in the run's one line, and reported
 * without waiting out the pool's timeouts.
 */
@SpringBootTest(properties = { "aftercare.run-on-startup=false", "aftercare.embedded-database.durable=false" })
// this context's database is stopped: no other test may reuse it
@DirtiesContext
class LostDatabaseTests {

	private static final Path DATA_DIRECTORY = JobTestSupport.temporaryDirectory("aftercare-lost-pg").resolve("pgdata");

	@Autowired
	CreditRun creditRun;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void embeddedDatabase(DynamicPropertyRegistry registry) {
		registry.add("aftercare.embedded-database.data-directory", DATA_DIRECTORY::toString);
	}

	@Test
	void anEmbeddedDatabaseThatStopsIsNamedInTheRunsLine() throws Exception {
		// the pool holds connections, as it does mid-run
		assertThat(new JdbcTemplate(this.dataSource).queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
		this.postgres.close();

		RunOutcome outcome = this.creditRun.run(new RunRequest(Path.of("src/test/resources/runs/october"),
				JobTestSupport.temporaryDirectory("lost-out"), YearMonth.parse("2026-10"), null));

		assertThat(outcome.exitCode()).isEqualTo(ExitCode.FAILURE);
		// then the server's own words: "Connection refused", or its shutdown notice when
		// a pooled connection hears it first
		assertThat(outcome.message()).startsWith("lost the embedded database at " + DATA_DIRECTORY + ": ");
	}

	@Test
	void aServerIsNamedByItsAddressWithoutItsParameters() {
		LostDatabase lost = new LostDatabase(new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.internal:5432/aftercare?user=aftercare&password=secret"));

		assertThat(lost.describe(new java.sql.SQLException("Connection to db.internal:5432 refused", "08001",
				new java.net.ConnectException("Connection refused"))))
			.contains("lost the database db.internal:5432/aftercare: Connection refused");
		assertThat(lost.describe(new java.sql.SQLException("duplicate key", "23505"))).isEmpty();
	}

}
