package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V6, which stops storing usage rows, on a database where a run loaded its
 * usage under the version before and stopped: restarted, it still counts what it
 * accepted.
 */
class UsageNotStoredMigrationTests {

	@TempDir
	Path directory;

	@Test
	void aRunThatStoppedAfterLoadingUsageKeepsItsAcceptedCount() throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedServer.start(Files.createDirectories(this.directory.resolve("pg")), 0,
				false)) {
			migrations(postgres.getPostgresDatabase()).target("5").load().migrate();
			JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
			// run 7 stopped after its usage step; run 6 finished, its usage partition
			// dropped
			jdbc.execute("CREATE TABLE in_usage_run_7 PARTITION OF in_usage FOR VALUES IN (7)");
			jdbc.update("INSERT INTO in_usage VALUES (7, 'C1', 'api', 'eu-west', DATE '2026-10-01', 5, 0), "
					+ "(7, 'C1', 'api', 'eu-west', DATE '2026-10-02', 3, NULL), "
					+ "(7, 'C2', 'api', 'eu-west', DATE '2026-10-01', 0, 0)");
			jdbc.update("INSERT INTO input_file_count (run_id, file, read) VALUES (7, 'usage.csv', 4), "
					+ "(7, 'customers.csv', 2), (6, 'usage.csv', 10)");

			migrations(postgres.getPostgresDatabase()).load().migrate();

			assertThat(jdbc.queryForList("SELECT run_id, file, accepted FROM input_file_count ORDER BY run_id, file"))
				.extracting((row) -> row.get("run_id") + " " + row.get("file") + " " + row.get("accepted"))
				.containsExactly("6 usage.csv null", "7 customers.csv null", "7 usage.csv 3");
			assertThat(
					jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'in_usage%'", Long.class))
				.isZero();
		}
	}

	private static FluentConfiguration migrations(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
	}

}
