package dev.aftercare.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories that only the job's user and its group may read: the internal
 * postmortems, the monthly report, the billing outbox. They name root causes, customers
 * and credits, so none may be world-readable, not even for an instant.
 * <p>
 * Each is created with its mode as an attribute of the create call itself. The umask can
 * only take bits away from that mode, never add any, so the exact mode is set right
 * after: that gives the group back what a strict umask took, and never opens anything to
 * others.
 */
public final class PrivateFiles {

	/**
	 * The folder of a run's outputs that is never published:
	 * {@code OUTPUT/<period>/internal}.
	 */
	public static final String INTERNAL = "internal";

	/** {@code rwxr-x---}: the owner writes, the group reads, others see nothing. */
	public static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwxr-x---");

	/** {@code rw-r-----}. */
	public static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r-----");

	private PrivateFiles() {
	}

	/**
	 * Creates {@code directory} with mode 0750 (its parents as usual), or gives an
	 * existing one that mode: an outbox made by an older version may still be open to
	 * everyone.
	 */
	public static Path createPrivateDirectory(Path directory) throws IOException {
		if (directory.getParent() != null) {
			Files.createDirectories(directory.getParent());
		}
		if (!posix(directory)) {
			return Files.createDirectories(directory);
		}
		try {
			Files.createDirectory(directory, attribute(DIRECTORY_MODE));
		}
		catch (FileAlreadyExistsException ex) {
			// a link could send internal files somewhere others read
			if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
				throw new FileAlreadyExistsException(directory.toString(), null, "exists and is not a directory");
			}
		}
		Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
		return directory;
	}

	/**
	 * Creates {@code file} empty with mode 0640, replacing what an earlier attempt left,
	 * and returns it. A writer that then opens it with the default options (truncate,
	 * write) keeps that mode.
	 */
	public static Path createPrivateFile(Path file) throws IOException {
		Files.deleteIfExists(file);
		if (!posix(file)) {
			return Files.createFile(file);
		}
		// CREATE_NEW underneath: a link planted in the way fails the call, never is
		// followed
		Files.createFile(file, attribute(FILE_MODE));
		Files.setPosixFilePermissions(file, FILE_MODE);
		return file;
	}

	/** Writes {@code content} to a new file of mode 0640. */
	public static Path writePrivate(Path file, byte[] content) throws IOException {
		return Files.write(createPrivateFile(file), content);
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> mode) {
		return PosixFilePermissions.asFileAttribute(mode);
	}

}
