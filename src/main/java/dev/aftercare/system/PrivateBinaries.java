package dev.aftercare.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * Where the embedded PostgreSQL's binaries are unpacked and run from:
 * {@code <parent of the data directory>/binaries}, the job's own (mode 0700), not the
 * library's default in the shared temporary directory, where another user could put a
 * program of theirs in the place of {@code postgres}.
 *
 * <p>
 * A resolver per directory, because the library remembers the binaries it unpacked per
 * resolver for the whole JVM.
 *
 * @param directory the checked directory
 */
record PrivateBinaries(Path directory) implements PgBinaryResolver {

	private static final String WORKING_DIRECTORY_PROPERTY = "ot.epg.working-dir";

	/**
	 * @throws IllegalStateException when the directory is not the job's user's, or
	 * another user may write to it
	 */
	static PrivateBinaries beside(Path dataDirectory) throws IOException {
		Path directory = dataDirectory.toAbsolutePath().getParent().resolve("binaries");
		return new PrivateBinaries(PrivatePaths.directory(directory, "the embedded PostgreSQL's binaries directory"));
	}

	/**
	 * A builder that unpacks into this directory and looks nowhere else: the library
	 * opens its working directory to every user, harmless inside ours, and stops and
	 * deletes what it takes for stale servers there, which in the shared default anyone
	 * can plant.
	 */
	EmbeddedPostgres.Builder builder() {
		Path working = this.directory.resolve("unpacked");
		synchronized (PrivateBinaries.class) {
			// the builder reads the directory it scans from this property, and only when
			// it is made
			String previous = System.getProperty(WORKING_DIRECTORY_PROPERTY);
			System.setProperty(WORKING_DIRECTORY_PROPERTY, working.toString());
			try {
				return EmbeddedPostgres.builder()
					.setOverrideWorkingDirectory(working.toFile())
					.setPgBinaryResolver(this);
			}
			finally {
				if (previous == null) {
					System.clearProperty(WORKING_DIRECTORY_PROPERTY);
				}
				else {
					System.setProperty(WORKING_DIRECTORY_PROPERTY, previous);
				}
			}
		}
	}

	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
	}

}
