package dev.aftercare.workers;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.generate.GenerateCommand;
import dev.aftercare.servers.EmbeddedBroker;
import dev.aftercare.system.EmbeddedServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multi-process mode as ops run it: a broker, a PostgreSQL server, worker JVMs and
 * the manager started from the built jar, its outputs held against one process's run of
 * the same month; then a worker killed with {@code kill -9} in the middle of a partition,
 * the run's failure, and the same command again.
 */
class RemoteWorkersIT {

	private static final String PERIOD = "2026-10";

	@TempDir
	Path temp;

	@Test
	void aWorkerKilledMidPartitionFailsTheRunAndTheSameCommandRedoesOnlyItsPartition() throws Exception {
		Path input = this.temp.resolve("input");
		assertThat(GenerateCommand
			.run(new String[] { "--customers=3000", "--seed=16", "--out=" + input, "--period=" + PERIOD })).isZero();
		JarProcess single = JarProcess.start("single", Map.of(), List.of(),
				List.of("--input=" + input, "--output=" + this.temp.resolve("single"), "--period=" + PERIOD,
						"--aftercare.embedded-database.data-directory=" + this.temp.resolve("single-db/pgdata"),
						"--aftercare.embedded-database.durable=false"));
		assertThat(single.exitCode()).as(single::output).isZero();

		Path serverData = this.temp.resolve("server/pgdata");
		try (EmbeddedPostgres server = EmbeddedServer.start(serverData, 0, false);
				EmbeddedBroker broker = EmbeddedBroker.start(freePort(), this.temp.resolve("broker"))) {
			String password = Files.readString(serverData.resolveSibling("pgdata.password")).strip();
			Map<String, String> environment = Map.of("SPRING_DATASOURCE_PASSWORD", password);
			List<String> shared = List.of(
					"--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/postgres",
					"--spring.datasource.username=postgres", "--spring.artemis.broker-url=" + broker.url());
			List<String> run = new ArrayList<>(
					List.of("--input=" + input, "--output=" + this.temp.resolve("remote"), "--period=" + PERIOD,
							"--aftercare.workers.timeout=45s", "--aftercare.workers.poll-interval=200ms"));
			run.addAll(shared);

			String partition;
			try (JarProcess pausing = worker("worker-1", environment, pauseOnClassPath(), shared, 1)) {
				pausing.awaitLine("Worker ready");
				// alone on the queue, so that it takes a partition before anyone else can
				try (JarProcess manager = JarProcess.start("manager", environment, List.of(), run)) {
					String paused = pausing.awaitLine("paused after the first chunk of ");
					partition = paused.substring(paused.lastIndexOf(' ') + 1);
					try (JarProcess other = worker("worker-2", environment, List.of(), shared, 2)) {
						other.awaitLine("Worker ready");
						pausing.kill();

						assertThat(manager.exitCode()).as(manager::output).isEqualTo(1);
						assertThat(manager.stderr()).singleElement()
							.asString()
							.startsWith("aftercare: run 1 of 2026-10 failed: assessSubscriptions: ")
							.contains(" partitions not finished by the workers within PT45S"
									+ " (aftercare.workers.timeout), a worker may have stopped: ")
							.contains(partition)
							.endsWith("Run the same command again: it resumes this run, or starts a new one once an"
									+ " input has changed; --new-run abandons this run and starts a new one");
						List<String> unfinished = List.of(manager.stderr()
							.get(0)
							.replaceAll(".*a worker may have stopped: (.*?); the previous outputs.*", "$1")
							.split(", "));

						try (JarProcess rerun = JarProcess.start("rerun", environment, List.of(), run)) {
							assertThat(rerun.exitCode()).as(rerun::output).isZero();
						}
						try (Connection connection = server.getPostgresDatabase().getConnection()) {
							// only what the killed run did not finish ran again
							assertThat(strings(connection, "SELECT step_name FROM batch_step_execution"
									+ " WHERE job_execution_id = 2 AND step_name LIKE 'assessPartition:%' ORDER BY 1"))
								.containsExactlyElementsOf(unfinished.stream().sorted().toList());
							// each credit recorded once
							assertThat(strings(connection,
									"SELECT count(*) || ' ' || count(DISTINCT (customer_id, service, region))"
											+ " FROM credit_ledger WHERE period = '" + PERIOD + "'"))
								.containsExactly(lines(this.temp.resolve("single/2026-10/credits.csv")) + " "
										+ lines(this.temp.resolve("single/2026-10/credits.csv")));
						}
					}
				}
			}
			Map<String, Object> remote = RunOutputs.of(this.temp.resolve("remote").resolve(PERIOD));
			Map<String, Object> alone = RunOutputs.of(this.temp.resolve("single").resolve(PERIOD));
			assertThat(remote.keySet()).containsExactlyElementsOf(alone.keySet());
			SoftAssertions.assertSoftly((softly) -> alone
				.forEach((file, content) -> softly.assertThat(remote.get(file)).as(file).isEqualTo(content)));
		}
	}

	private static JarProcess worker(String name, Map<String, String> environment, List<String> jvmOptions,
			List<String> shared, int threads) throws IOException {
		List<String> arguments = new ArrayList<>(List.of("worker", "--aftercare.workers.threads=" + threads));
		arguments.addAll(shared);
		if (!jvmOptions.isEmpty()) {
			arguments.add("--spring.main.sources=" + PauseAfterFirstChunk.class.getName());
		}
		return JarProcess.start(name, environment, jvmOptions, arguments);
	}

	/**
	 * The pause alone on the worker's class path, beside the jar, not the other tests.
	 */
	private List<String> pauseOnClassPath() throws IOException {
		String file = PauseAfterFirstChunk.class.getName().replace('.', '/') + ".class";
		Path extra = this.temp.resolve("pause");
		Path target = extra.resolve(file);
		Files.createDirectories(target.getParent());
		try (var in = PauseAfterFirstChunk.class.getClassLoader().getResourceAsStream(file)) {
			Files.copy(in, target);
		}
		return List.of("-Dloader.path=" + extra);
	}

	private static long lines(Path csv) throws IOException {
		try (CSVParser records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(csv))) {
			return records.stream().count();
		}
	}

	private static List<String> strings(Connection connection, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
