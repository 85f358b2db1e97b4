package dev.aftercare.workers;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.generate.GenerateCommand;
import dev.aftercare.servers.EmbeddedBroker;
import dev.aftercare.system.EmbeddedServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multi-process mode as ops run it: a broker, a PostgreSQL server, worker JVMs and
 * the manager started from the built jar, on a generated month whose single-process run
 * is the reference; then {@code kill -9} of a worker, and of the manager, in the middle
 * of a partition, and the same command again. Each case has a database and a queue of its
 * own on the one server and broker.
 */
class RemoteWorkersIT {

	private static final String PERIOD = "2026-10";

	@TempDir
	static Path temp;

	private static Path input;

	private static EmbeddedPostgres server;

	private static EmbeddedBroker broker;

	private static Map<String, String> environment;

	@BeforeAll
	static void aMonthItsSingleProcessRunAServerAndABroker() throws Exception {
		input = temp.resolve("input");
		assertThat(GenerateCommand.run(new String[] { "--customers=3000", "--seed=16", "--out=" + input,
				"--period=" + PERIOD, "--usage-parts=4" }))
			.isZero();
		try (JarProcess single = JarProcess.start("single", Map.of(), List.of(),
				List.of("--input=" + input, "--output=" + temp.resolve("single"), "--period=" + PERIOD,
						"--aftercare.embedded-database.data-directory=" + temp.resolve("single-db/pgdata"),
						"--aftercare.embedded-database.durable=false"))) {
			assertThat(single.exitCode()).as(single::output).isZero();
		}
		Path serverData = temp.resolve("server/pgdata");
		server = EmbeddedServer.start(serverData, 0, false);
		broker = EmbeddedBroker.start(freePort(), temp.resolve("broker"));
		environment = Map.of("SPRING_DATASOURCE_PASSWORD",
				Files.readString(serverData.resolveSibling("pgdata.password")).strip());
	}

	@AfterAll
	static void stop() throws Exception {
		broker.close();
		server.close();
	}

	@Test
	void aWorkerKilledMidPartitionFailsTheRunAndTheSameCommandRedoesOnlyWhatWasNotDone() throws Exception {
		List<String> shared = shared("worker_killed");
		List<String> run = run("worker_killed", shared);
		try (JarProcess pausing = worker("worker-1", pauseOnClassPath(), shared, 1)) {
			pausing.awaitLine("Worker ready");
			// alone on the queue, so that it takes a partition before anyone else can
			try (JarProcess manager = JarProcess.start("manager", environment, List.of(), run)) {
				String partition = pausedPartition(pausing);
				try (JarProcess other = worker("worker-2", List.of(), shared, 2)) {
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

					rerun(run);
					try (Connection connection = database("worker_killed")) {
						// the usage read went to the workers too: one partition a part,
						// all
						// done before the kill, none read again
						assertThat(strings(connection,
								"SELECT job_execution_id || ' ' || status || ' ' || count(*)"
										+ " FROM batch_step_execution WHERE step_name LIKE 'ingestUsagePart:%'"
										+ " GROUP BY job_execution_id, status ORDER BY job_execution_id"))
							.containsExactly("1 COMPLETED 4");
						List<String> firstRun = strings(connection,
								"SELECT step_name || ' ' || status || ' ' || left(exit_message, 2000)"
										+ " FROM batch_step_execution WHERE job_execution_id = 1 ORDER BY 1");
						assertThat(strings(connection, "SELECT step_name FROM batch_step_execution"
								+ " WHERE job_execution_id = 2 AND step_name LIKE 'assessPartition:%' ORDER BY 1"))
							.as(() -> String.join("\n", firstRun) + "\n" + other.output())
							.containsExactlyElementsOf(unfinished.stream().sorted().toList());
						assertEachCreditOnce(connection);
					}
				}
			}
		}
		assertSameOutputs("worker_killed");
	}

	@Test
	void aManagerKilledMidPartitionIsResumedByTheSameCommand() throws Exception {
		List<String> shared = shared("manager_killed");
		List<String> run = run("manager_killed", shared);
		try (JarProcess pausing = worker("worker-3", pauseOnClassPath(), shared, 1)) {
			pausing.awaitLine("Worker ready");
			try (JarProcess manager = JarProcess.start("manager", environment, List.of(), run)) {
				pausedPartition(pausing);
				manager.kill();
			}
			// the paused worker lives on, its partition half done: the rerun gives it up
			// and sends it again. The other worker starts once the rerun has marked the
			// killed run's partitions failed, so that it drops the killed manager's
			// requests instead of racing the rerun for them
			try (JarProcess rerun = JarProcess.start("rerun", environment, List.of(), run)) {
				rerun.awaitLine("did not finish (STARTED): restarting it");
				try (JarProcess other = worker("worker-4", List.of(), shared, 2)) {
					assertThat(rerun.exitCode()).as(rerun::output).isZero();
					assertThat(rerun.stderr()).isEmpty();
					other.awaitLine("Dropped ");
				}
			}
			try (Connection connection = database("manager_killed")) {
				// nothing the killed run completed was run again
				assertThat(strings(connection,
						"SELECT step_name FROM batch_step_execution WHERE job_execution_id = 2"
								+ " AND step_name IN (SELECT step_name FROM batch_step_execution"
								+ " WHERE job_execution_id = 1 AND status = 'COMPLETED')"))
					.isEmpty();
				assertEachCreditOnce(connection);
			}
		}
		assertSameOutputs("manager_killed");
	}

	private static List<String> shared(String name) throws Exception {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + name,
				"--spring.datasource.username=postgres", "--spring.artemis.broker-url=" + broker.url(),
				"--aftercare.workers.queue=" + name);
	}

	private static List<String> run(String name, List<String> shared) {
		List<String> run = new ArrayList<>(List.of("--input=" + input, "--output=" + temp.resolve(name),
				"--period=" + PERIOD, "--aftercare.workers.timeout=45s", "--aftercare.workers.poll-interval=200ms"));
		run.addAll(shared);
		return run;
	}

	private static JarProcess worker(String name, List<String> jvmOptions, List<String> shared, int threads)
			throws IOException {
		List<String> arguments = new ArrayList<>(List.of("worker", "--aftercare.workers.threads=" + threads));
		arguments.addAll(shared);
		if (!jvmOptions.isEmpty()) {
			arguments.add("--spring.main.sources=" + PauseAfterFirstChunk.class.getName());
		}
		return JarProcess.start(name, environment, jvmOptions, arguments);
	}

	private static String pausedPartition(JarProcess pausing) throws InterruptedException {
		String paused = pausing.awaitLine("paused after the first chunk of ");
		return paused.substring(paused.lastIndexOf(' ') + 1);
	}

	private static void rerun(List<String> run) throws Exception {
		try (JarProcess rerun = JarProcess.start("rerun", environment, List.of(), run)) {
			assertThat(rerun.exitCode()).as(rerun::output).isZero();
			assertThat(rerun.stderr()).isEmpty();
		}
	}

	/**
	 * The pause alone on the worker's class path, beside the jar, not the other tests.
	 */
	private static List<String> pauseOnClassPath() throws IOException {
		String file = PauseAfterFirstChunk.class.getName().replace('.', '/') + ".class";
		Path extra = temp.resolve("pause");
		Path target = extra.resolve(file);
		if (!Files.exists(target)) {
			Files.createDirectories(target.getParent());
			try (InputStream in = PauseAfterFirstChunk.class.getClassLoader().getResourceAsStream(file)) {
				Files.copy(in, target);
			}
		}
		return List.of("-Dloader.path=" + extra);
	}

	private static Connection database(String name) throws Exception {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.getPort() + "/" + name, "postgres",
				environment.get("SPRING_DATASOURCE_PASSWORD"));
	}

	private static void assertEachCreditOnce(Connection connection) throws Exception {
		long credits = records(temp.resolve("single").resolve(PERIOD).resolve("credits.csv"));
		assertThat(strings(connection,
				"SELECT count(*) || ' ' || count(DISTINCT (customer_id, service, region))"
						+ " FROM credit_ledger WHERE period = '" + PERIOD + "'"))
			.containsExactly(credits + " " + credits);
	}

	private static void assertSameOutputs(String name) throws IOException {
		Map<String, Object> remote = RunOutputs.of(temp.resolve(name).resolve(PERIOD));
		Map<String, Object> alone = RunOutputs.of(temp.resolve("single").resolve(PERIOD));
		assertThat(remote.keySet()).containsExactlyElementsOf(alone.keySet());
		SoftAssertions.assertSoftly((softly) -> alone
			.forEach((file, content) -> softly.assertThat(remote.get(file)).as(file).isEqualTo(content)));
	}

	private static long records(Path csv) throws IOException {
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
