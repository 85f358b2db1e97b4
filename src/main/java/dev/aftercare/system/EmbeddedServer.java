package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the embedded PostgreSQL is set up: one place, so that the benchmark's floor runs on
 * exactly the server the job runs on. Every connection to it needs the password of
 * {@link EmbeddedPassword}; it opens no unix socket; its binaries are
 * {@link PrivateBinaries}.
 */
public final class EmbeddedServer {

	static final String SUPERUSER = "postgres";

	private static final String SCRAM = "scram-sha-256";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedServer.class);

	private EmbeddedServer() {
	}

	/**
	 * Starts a server keeping its data in {@code dataDirectory}, on {@code port} (0: any
	 * free one), writing durably or not. Its {@code getPostgresDatabase()} connects with
	 * the password.
	 */
	public static EmbeddedPostgres start(Path dataDirectory, int port, boolean durable) throws IOException {
		PrivateBinaries binaries = PrivateBinaries.beside(dataDirectory);
		boolean created = !Files.exists(dataDirectory.resolve("postgresql.conf"));
		boolean trusting = !created && HostBasedAuthentication.trustsAnyone(dataDirectory);
		String password = EmbeddedPassword.readOrCreate(dataDirectory, created || trusting);
		EmbeddedPostgres.Builder builder = builder(binaries, dataDirectory, port, durable, password);
		if (trusting) {
			setPassword(builder, password, dataDirectory);
		}
		return builder.start();
	}

	/**
	 * A data directory from before passwords: sets the password while the server still
	 * trusts, then asks for it from every connection. Its new rules take effect when the
	 * server starts again.
	 */
	private static void setPassword(EmbeddedPostgres.Builder builder, String password, Path dataDirectory)
			throws IOException {
		logger.warn(
				"The embedded database in {} lets in every local connection without a password;"
						+ " setting one (kept in {}) and requiring it",
				dataDirectory, EmbeddedPassword.file(dataDirectory));
		try (EmbeddedPostgres trusting = builder.start();
				Connection connection = trusting.getPostgresDatabase().getConnection()) {
			// sent as a SCRAM verifier, so that the password itself never reaches the
			// server or its log
			connection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), SCRAM);
		}
		catch (SQLException ex) {
			throw new IOException("cannot set a password on the embedded database in " + dataDirectory, ex);
		}
		HostBasedAuthentication.requirePassword(dataDirectory);
	}

	private static EmbeddedPostgres.Builder builder(PrivateBinaries binaries, Path dataDirectory, int port,
			boolean durable, String password) {
		EmbeddedPostgres.Builder builder = binaries.builder()
			.setDataDirectory(dataDirectory.toFile())
			.setCleanDataDirectory(false)
			.setPort(port)
			// the library makes every new data directory with trust; these come after
			// its -A trust and override it, and give the superuser the password
			.setLocaleConfig("auth-local", SCRAM)
			.setLocaleConfig("auth-host", SCRAM)
			.setLocaleConfig("pwfile", EmbeddedPassword.file(dataDirectory).toString())
			.setConnectConfig("password", password)
			// pgjdbc connects over TCP; a socket in /tmp would be one more door
			.setServerConfig("unix_socket_directories", "''")
			// nothing replicates from or archives this server, so WAL needs to carry
			// no more than crash recovery does; then a table created and loaded in one
			// transaction (the floor's) is written once, not twice
			.setServerConfig("wal_level", "minimal")
			.setServerConfig("max_wal_senders", "0")
			// the report queries sort and count hundreds of thousands of rows;
			// the default 4 MB sends each of those sorts to disk, and this server
			// serves one job
			.setServerConfig("work_mem", "64MB")
			// code point order, compared as bytes: the reports sort and group
			// hundreds of thousands of ids, which the C library's collation
			// compares through strcoll. The order is C.UTF-8's; a new data
			// directory takes it, an existing one keeps its own
			.setLocaleConfig("locale-provider", "builtin")
			.setLocaleConfig("builtin-locale", "C.UTF-8");
		if (durable) {
			// the library's defaults suit throwaway databases; the ledger must
			// survive a power cut
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		return builder;
	}

}
