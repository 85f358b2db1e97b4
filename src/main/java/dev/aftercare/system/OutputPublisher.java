package dev.aftercare.system;

import dev.aftercare.run.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a run's finished outputs into {@code OUTPUT/<period>/}. Until then the previous
 * complete outputs stay where they are; the swap is two renames within one directory.
 * Renames keep every mode, so what is private in staging stays private once published.
 */
public final class OutputPublisher {

	private static final Logger logger = LoggerFactory.getLogger(OutputPublisher.class);

	private OutputPublisher() {
	}

	public static void publish(Path staging, Path target) {
		try {
			checkPrivate(staging.resolve(PrivateFiles.INTERNAL));
			Path previous = target.resolveSibling("." + target.getFileName() + ".previous");
			deleteTree(previous);
			if (Files.exists(target)) {
				move(target, previous);
			}
			move(staging, target);
			deleteTree(previous);
			logger.info("Published the outputs to {}", target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot move the outputs into " + target + ": " + ex.getMessage(), ex);
		}
	}

	/** Removes what an earlier run left aside, so that a new run starts from nothing. */
	public static void clear(Path directory) {
		try {
			deleteTree(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot clear " + directory + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Refuses to publish internal outputs that others could read: a writer that forgot
	 * {@link PrivateFiles} fails the run, and the previous outputs stay in place.
	 */
	static void checkPrivate(Path directory) throws IOException {
		if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)
				|| !directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.toList()) {
				Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
				if (mode.contains(PosixFilePermission.OTHERS_READ) || mode.contains(PosixFilePermission.OTHERS_WRITE)
						|| mode.contains(PosixFilePermission.OTHERS_EXECUTE)) {
					throw new IOException(path + " is open to others (" + PosixFilePermissions.toString(mode)
							+ "); internal outputs must be created with PrivateFiles");
				}
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	private static void deleteTree(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
