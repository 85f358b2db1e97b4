package dev.aftercare.credits;

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

import dev.aftercare.system.EmbeddedServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V8, which keeps a credit line's incidents as a list, on a database where a
 * run stored its credits under the version before, joined with {@code ;}.
 */
class IncidentIdsArrayMigrationTests {

	@TempDir
	Path directory;

	@Test
	void joinedIncidentIdsBecomeAListInTheirOrder() throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedServer.start(Files.createDirectories(this.directory.resolve("pg")), 0,
				false)) {
			migrations(postgres.getPostgresDatabase()).target("7").load().migrate();
			JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
			jdbc.update("INSERT INTO credit VALUES " + line("C1", "INC-2;INC-10") + ", " + line("C2", "INC-7") + ", "
					+ line("C3", ""));

			migrations(postgres.getPostgresDatabase()).load().migrate();

			assertThat(jdbc.queryForList(
					"SELECT customer_id, cardinality(incident_ids) AS n, array_to_string(incident_ids, '|') AS ids"
							+ " FROM credit ORDER BY customer_id"))
				.extracting((row) -> row.get("customer_id") + " " + row.get("n") + " " + row.get("ids"))
				.containsExactly("C1 2 INC-2|INC-10", "C2 1 INC-7", "C3 0 ");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM credit c CROSS JOIN LATERAL unnest(c.incident_ids)",
					Long.class))
				.isEqualTo(3);
		}
	}

	private static String line(String customer, String incidentIds) {
		return "(7, '2026-10', '" + customer + "', 'api', 'eu-west', 'Name', 'pro', 'EUR', '100.00', 12.5, 99.97,"
				+ " 99.9, 10, 'sla', 10.00, '" + incidentIds + "')";
	}

	private static FluentConfiguration migrations(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
	}

}
