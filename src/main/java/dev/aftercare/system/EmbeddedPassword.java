package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded PostgreSQL superuser's password: made at random for a new data directory,
 * kept beside it in {@code <data directory>.password}, readable by the job's user alone.
 */
final class EmbeddedPassword {

	private static final String WHAT = "the embedded database's password file";

	private EmbeddedPassword() {
	}

	static Path file(Path dataDirectory) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
	}

	/** The password of the server in {@code dataDirectory}. */
	static String read(Path dataDirectory) throws IOException {
		Path file = file(dataDirectory);
		PrivatePaths.checkSecret(file, WHAT);
		String password = Files.readString(file).strip();
		if (password.isEmpty() || password.contains("\n")) {
			throw new IllegalStateException(WHAT + " " + file + " does not hold one password on one line");
		}
		return password;
	}

	/**
	 * The password, made if there is none yet.
	 * @param mayCreate whether a server exists that a new password can be given to: a new
	 * data directory, or one that trusts local connections
	 */
	static String readOrCreate(Path dataDirectory, boolean mayCreate) throws IOException {
		Path file = file(dataDirectory);
		if (Files.exists(file)) {
			return read(dataDirectory);
		}
		if (!mayCreate) {
			throw new IllegalStateException("the embedded database in " + dataDirectory
					+ " asks for a password but its password file " + file + " is missing: restore the file,"
					+ " or set every method in its pg_hba.conf to trust and run again, which sets a new password");
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		PrivatePaths.createSecret(file, password + "\n");
		return password;
	}

}
