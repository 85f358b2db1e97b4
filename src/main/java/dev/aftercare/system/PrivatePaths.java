package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import com.sun.security.auth.module.UnixSystem;

/**
 * The embedded database's files that only the job's own user may touch: whoever can write
 * its binaries runs code as the job, and whoever can read its password reads the ledger.
 */
final class PrivatePaths {

	private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private PrivatePaths() {
	}

	/** Makes {@code directory} (mode 0700) unless it exists, then checks it. */
	static Path directory(Path directory, String what) throws IOException {
		if (!Files.isDirectory(directory)) {
			Files.createDirectories(directory.getParent());
			try {
				Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
			}
			catch (FileAlreadyExistsException ex) {
				// made by a run that started at the same time: checked below as well
			}
		}
		checkDirectory(directory, what);
		return directory;
	}

	/**
	 * @throws IllegalStateException when {@code directory} is not ours, or another user
	 * may write to it
	 */
	static void checkDirectory(Path directory, String what) throws IOException {
		checkOwner(directory, what);
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
		if (permissions.contains(PosixFilePermission.GROUP_WRITE)
				|| permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
			throw new IllegalStateException(what + " " + directory + " is writable by other users (mode "
					+ PosixFilePermissions.toString(permissions) + "); the job refuses to use it: chmod 700 it");
		}
	}

	/** Writes {@code text} to a new file that only its owner may read (mode 0600). */
	static void createSecret(Path file, String text) throws IOException {
		Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
		Files.writeString(file, text);
	}

	/**
	 * @throws IllegalStateException when {@code file} is not ours, or another user may
	 * read or write it
	 */
	static void checkSecret(Path file, String what) throws IOException {
		checkOwner(file, what);
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		if (!OWNER_ONLY_FILE.containsAll(permissions)) {
			throw new IllegalStateException(what + " " + file + " is open to other users (mode "
					+ PosixFilePermissions.toString(permissions) + "); the job refuses to use it: chmod 600 it");
		}
	}

	private static void checkOwner(Path path, String what) throws IOException {
		long owner = ((Number) Files.getAttribute(path, "unix:uid")).longValue();
		long us = new UnixSystem().getUid();
		if (owner != us) {
			throw new IllegalStateException(what + " " + path + " belongs to uid " + owner
					+ ", not to the job's user (uid " + us + "); the job refuses to use it");
		}
	}

}
