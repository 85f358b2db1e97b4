package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The embedded server's {@code pg_hba.conf}: data directories made before the job set a
 * password trusted every local connection, so any user of the machine could change the
 * ledger.
 */
final class HostBasedAuthentication {

	/** No unix socket is opened (the job connects over TCP), so no {@code local} line. */
	private static final String PASSWORD_ONLY = """
			# Written by aftercare: every connection needs the password in <data directory>.password.
			# TYPE  DATABASE  USER  ADDRESS       METHOD
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	private HostBasedAuthentication() {
	}

	/**
	 * Whether any rule of the server in {@code dataDirectory} lets in without a password.
	 */
	static boolean trustsAnyone(Path dataDirectory) throws IOException {
		return Files.readAllLines(file(dataDirectory))
			.stream()
			.map((line) -> line.replaceFirst("#.*", "").strip())
			.filter((line) -> !line.isEmpty())
			.anyMatch((line) -> Arrays.asList(line.split("\\s+")).contains("trust"));
	}

	/** Replaces every rule by one that asks for the password. */
	static void requirePassword(Path dataDirectory) throws IOException {
		Path file = file(dataDirectory);
		Path written = file.resolveSibling("pg_hba.conf.aftercare");
		Files.deleteIfExists(written);
		PrivatePaths.createSecret(written, PASSWORD_ONLY);
		Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static Path file(Path dataDirectory) {
		return dataDirectory.resolve("pg_hba.conf");
	}

}
