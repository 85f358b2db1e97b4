package dev.aftercare.system;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * How the embedded PostgreSQL is set up: one place, so that the benchmark's floor runs on
 * exactly the server the job runs on.
 */
public final class EmbeddedServer {

	private EmbeddedServer() {
	}

	/**
	 * A server keeping its data in {@code dataDirectory}, on {@code port} (0: any free
	 * one), writing durably or not.
	 */
	public static EmbeddedPostgres.Builder builder(Path dataDirectory, int port, boolean durable) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory.toFile())
			.setCleanDataDirectory(false)
			.setPort(port)
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
