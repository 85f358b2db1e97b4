package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded PostgreSQL lets in only the job: every connection needs the password that
 * only the job's user can read, and no file of it is open to other users.
 */
class EmbeddedSecurityTests {

	/** Shared by the tests that start a server, so that they unpack the binaries once. */
	@TempDir
	static Path shared;

	@TempDir
	Path home;

	@Test
	void aNewServerAsksEveryConnectionForThePasswordOnlyItsUserCanRead() throws Exception {
		Path data = shared.resolve("new");
		try (EmbeddedPostgres postgres = EmbeddedServer.start(data, 0, false)) {
			String password = Files.readString(shared.resolve("new.password")).strip();
			assertRefused(postgres, null);
			assertRefused(postgres, "postgres");
			assertRefused(postgres, password + "x");
			try (Connection connection = connect(postgres, password)) {
				JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("postgres");
				// no socket in a shared directory: the job connects over TCP
				assertThat(jdbc.queryForObject("SHOW unix_socket_directories", String.class)).isEmpty();
				assertThat(jdbc.queryForList("SELECT DISTINCT auth_method FROM pg_hba_file_rules", String.class))
					.containsExactly("scram-sha-256");
			}
			assertThat(noTrustRules(data)).isTrue();
			assertThat(mode(shared.resolve("new.password"))).isEqualTo("rw-------");
			assertThat(mode(data)).isEqualTo("rwx------");
		}
	}

	@Test
	void aDataDirectoryThatTrustedEveryoneKeepsItsDataAndIsGivenAPassword() throws Exception {
		Path data = Files.createDirectories(shared.resolve("old"));
		// as the job made data directories before it set a password
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start()) {
			new JdbcTemplate(old.getPostgresDatabase()).execute("CREATE TABLE kept AS SELECT 42 AS answer");
		}
		assertThat(noTrustRules(data)).isFalse();
		assertThat(shared.resolve("old.password")).doesNotExist();

		try (EmbeddedPostgres postgres = EmbeddedServer.start(data, 0, false)) {
			String password = Files.readString(shared.resolve("old.password")).strip();
			assertRefused(postgres, null);
			assertRefused(postgres, "wrong");
			try (Connection connection = connect(postgres, password)) {
				assertThat(new JdbcTemplate(new SingleConnectionDataSource(connection, true))
					.queryForObject("SELECT answer FROM kept", Integer.class)).isEqualTo(42);
			}
			assertThat(noTrustRules(data)).isTrue();
			assertThat(mode(shared.resolve("old.password"))).isEqualTo("rw-------");
			assertThat(mode(data.resolve("pg_hba.conf"))).isEqualTo("rw-------");
		}
	}

	@Test
	void aPasswordFileOthersCanReadIsRefused() throws Exception {
		Path data = shared.resolve("readable");
		EmbeddedServer.start(data, 0, false).close();
		Path file = shared.resolve("readable.password");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		assertThatIllegalStateException().isThrownBy(() -> EmbeddedServer.start(data, 0, false))
			.withMessageContaining(file.toString())
			.withMessageContaining("rw-r--r--")
			.withMessageContaining("chmod 600");
	}

	@Test
	void aLostPasswordFileIsNamedNotReplaced() throws Exception {
		Path data = shared.resolve("lost");
		EmbeddedServer.start(data, 0, false).close();
		Path file = shared.resolve("lost.password");
		Files.delete(file);

		assertThatIllegalStateException().isThrownBy(() -> EmbeddedServer.start(data, 0, false))
			.withMessageContaining(file + " is missing");
		assertThat(file).doesNotExist();
	}

	@Test
	void theServerRunsFromBinariesInAPrivateDirectoryBesideItsData() throws Exception {
		Path data = shared.resolve("binaries-checked");
		try (EmbeddedPostgres postgres = EmbeddedServer.start(data, 0, false)) {
			Path binaries = shared.resolve("binaries");
			assertThat(mode(binaries)).isEqualTo("rwx------");
			assertThat(Files.getAttribute(binaries, "unix:uid")).isEqualTo((int) new UnixSystem().getUid());
			long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
			assertThat(ProcessHandle.of(postmaster).orElseThrow().info().command().orElseThrow())
				.startsWith(binaries.toRealPath().resolve("unpacked").toString())
				.endsWith("/bin/postgres");
		}
	}

	@Test
	void aBinariesDirectoryOtherUsersCanWriteIsRefused() throws Exception {
		Path binaries = Files.createDirectories(this.home.resolve("binaries"));
		for (String mode : List.of("rwxrwxrwx", "rwxrwx---", "rwx-w----")) {
			Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString(mode));
			assertThatIllegalStateException()
				.isThrownBy(() -> EmbeddedServer.start(this.home.resolve("pgdata"), 0, false))
				.withMessageContaining(binaries + " is writable by other users (mode " + mode + ")");
		}
		assertThat(binaries).isEmptyDirectory();
	}

	@Test
	void aBinariesDirectoryOfAnotherUserIsRefused() throws Exception {
		assumeTrue(new UnixSystem().getUid() == 0, "only root can give a directory to another user");
		Path binaries = Files.createDirectories(this.home.resolve("binaries"));
		Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString("rwx------"));
		Files.setAttribute(binaries, "unix:uid", 65534);
		assertThatIllegalStateException().isThrownBy(() -> EmbeddedServer.start(this.home.resolve("pgdata"), 0, false))
			.withMessageContaining(binaries + " belongs to uid 65534");
	}

	@Test
	void aStalePidFileNamingAnotherProcessLeavesThatProcessRunning() throws Exception {
		Path data = Files.createDirectories(this.home.resolve("pgdata"));
		Process unrelated = new ProcessBuilder("sleep", "300").start();
		try {
			Files.writeString(data.resolve("postmaster.pid"),
					unrelated.pid() + "\n" + data + "\n1767225600\n5432\n\nlocalhost\n");
			DataDirectoryLock.claim(data, null, Duration.ZERO).close();
			assertThat(unrelated.isAlive()).isTrue();
			// else PostgreSQL would refuse to start while that process lives
			assertThat(data.resolve("postmaster.pid")).doesNotExist();
		}
		finally {
			unrelated.destroyForcibly();
		}
	}

	@Test
	void onlyThePostgresOfTheDataDirectoryIsStopped() throws Exception {
		Path data = shared.resolve("orphan");
		try (EmbeddedPostgres orphan = EmbeddedServer.start(data, 0, false)) {
			String pidFile = Files.readString(data.resolve("postmaster.pid"));
			ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(pidFile.lines().findFirst().orElseThrow()))
				.orElseThrow();
			Path other = Files.createDirectories(this.home.resolve("other"));
			Files.writeString(other.resolve("postmaster.pid"), pidFile);

			DataDirectoryLock.claim(other, null, Duration.ZERO).close();
			assertThat(postmaster.isAlive()).isTrue();

			DataDirectoryLock.claim(data, null, Duration.ZERO).close();
			assertThat(postmaster.isAlive()).isFalse();
		}
	}

	private static void assertRefused(EmbeddedPostgres postgres, String password) {
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> connect(postgres, password).close())
			.satisfies((ex) -> assertThat(ex.getMessage()).containsAnyOf("password authentication failed",
					"no password was provided"));
	}

	private static Connection connect(EmbeddedPostgres postgres, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", "postgres");
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
				properties);
	}

	private static boolean noTrustRules(Path data) throws IOException {
		List<String> rules = Files.readAllLines(data.resolve("pg_hba.conf"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.strip().startsWith("#"))
			.toList();
		return !rules.isEmpty() && rules.stream().noneMatch((line) -> line.contains("trust"));
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
