package dev.aftercare.generate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cuts a written {@code usage.csv} into {@code usage/part-0001.csv} .. {@code N}, as
 * exports of billions of rows come: the same rows in the same order, cut at row ends into
 * parts of about the same number of bytes, each starting with the header. It works on the
 * bytes as they stream past, so a file larger than the heap splits too.
 */
final class UsageSplit {

	private static final int BUFFER = 1 << 16;

	private UsageSplit() {
	}

	/** Replaces {@code usage} with {@code parts} part files in {@code folder}. */
	static void split(Path usage, Path folder, int parts) throws IOException {
		Files.createDirectories(folder);
		long size = Files.size(usage);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(usage), BUFFER)) {
			byte[] header = header(in);
			long share = Math.max(1, (size - header.length) / parts);
			long body = 0;
			boolean quoted = false;
			for (int part = 1; part <= parts; part++) {
				try (OutputStream out = new BufferedOutputStream(
						Files.newOutputStream(folder.resolve("part-%04d.csv".formatted(part))), BUFFER)) {
					out.write(header);
					// the last part takes whatever is left
					long until = (part == parts) ? Long.MAX_VALUE : share * part;
					int b;
					while ((b = in.read()) != -1) {
						out.write(b);
						body++;
						if (b == '"') {
							quoted = !quoted;
						}
						// a cut only where a row ends: never inside a quoted cell
						if (b == '\n' && !quoted && body >= until) {
							break;
						}
					}
				}
			}
		}
		Files.delete(usage);
	}

	/** The header line, with its line end. */
	private static byte[] header(InputStream in) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != -1) {
			header.write(b);
			if (b == '\n') {
				break;
			}
		}
		return header.toByteArray();
	}

}
