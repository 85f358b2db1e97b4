package dev.aftercare.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.aftercare.ingest.InputFile;
import dev.aftercare.ingest.InputFiles;

/**
 * What a run was given, in a few bytes: the size and modification time of every input
 * file, every part of usage, and of the terms. A failed run is restarted only while these
 * are the same; a fixed input starts a new run, which reads it again.
 *
 * Size and time rather than a hash of the content: hashing the usage export would read
 * the largest file twice on every run, and an export that is fixed changes its time.
 */
final class InputFingerprint {

	private InputFingerprint() {
	}

	/**
	 * @param terms the terms file the run reads, or {@code null} for the bundled default
	 */
	static String of(Path input, Path terms) {
		StringBuilder text = new StringBuilder();
		for (InputFile kind : InputFile.values()) {
			for (String file : InputFiles.namesOf(kind, input)) {
				text.append(file).append('=').append(describe(input.resolve(file))).append('\n');
			}
		}
		text.append("terms=").append((terms != null) ? describe(terms) : "bundled default").append('\n');
		return sha256(text.toString());
	}

	private static String describe(Path file) {
		if (!Files.exists(file)) {
			return "absent";
		}
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return attributes.size() + " bytes, modified " + attributes.lastModifiedTime();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the attributes of " + file, ex);
		}
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
