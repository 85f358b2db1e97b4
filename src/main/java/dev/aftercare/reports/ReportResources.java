package dev.aftercare.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an editable report file: from the configured reports folder when it is there,
 * else the copy bundled in the jar under {@code reports/}.
 */
public final class ReportResources {

	private final Path directory;

	public ReportResources(Path directory) {
		this.directory = directory;
	}

	/** Whether {@code name} exists, in the folder or bundled. */
	public boolean exists(String name) {
		return Files.isRegularFile(this.directory.resolve(name))
				|| ReportResources.class.getClassLoader().getResource("reports/" + name) != null;
	}

	/** Where {@code name} was found, for error messages. */
	public String describe(String name) {
		Path file = this.directory.resolve(name);
		return Files.isRegularFile(file) ? file.toString() : "bundled reports/" + name;
	}

	public InputStream open(String name) {
		try {
			Path file = this.directory.resolve(name);
			if (Files.isRegularFile(file)) {
				return Files.newInputStream(file);
			}
			InputStream bundled = ReportResources.class.getClassLoader().getResourceAsStream("reports/" + name);
			if (bundled == null) {
				throw new IOException("no " + name + " in " + this.directory + " nor bundled in the jar");
			}
			return bundled;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex.getMessage(), ex);
		}
	}

	public String read(String name) {
		try (InputStream in = open(name)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex.getMessage(), ex);
		}
	}

}
