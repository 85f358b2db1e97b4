package dev.aftercare.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The name, without extension, of the files made for an incident. An id that is already a
 * safe name is kept as it is, so that {@code INC-202610-01} stays readable; any other id
 * becomes a readable prefix of it, a {@code -} and 8 hex digits of its SHA-256, so that
 * {@code INC/1} and {@code INC_1} no longer write over one another and a 300-character or
 * non-Latin id still makes a short, portable name.
 * <p>
 * Distinct ids give distinct names, also on a file system that ignores case (macOS,
 * Windows): a kept name has no lower-case letter, and never ends the way a hashed one
 * does, so two kept names differ in more than case, a kept name never equals a hashed
 * one, and two hashed names differ in their hash (but for a 1 in 2<sup>32</sup> chance).
 */
public final class PostmortemFileNames {

	/** The longest name made, far under the 255 bytes file systems allow. */
	public static final int MAX_LENGTH = 64;

	private static final int HASH_DIGITS = 8;

	private static final int PREFIX_LENGTH = MAX_LENGTH - HASH_DIGITS - 1;

	// upper-case ASCII, digits, '.', '_', '-'; first a letter or digit, last not a dot
	// (Windows drops it)
	private static final Pattern SAFE = Pattern
		.compile("[A-Z0-9](?:[A-Z0-9._-]{0," + (MAX_LENGTH - 2) + "}[A-Z0-9_-])?");

	// what a hashed name ends with, in any case
	private static final Pattern HASHED = Pattern.compile(".*-[0-9A-Fa-f]{" + HASH_DIGITS + "}");

	// names Windows keeps for devices, with or without an extension
	private static final Pattern RESERVED = Pattern.compile("(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\\..*)?");

	private static final Pattern UNSAFE_RUN = Pattern.compile("[^A-Za-z0-9._-]+");

	private PostmortemFileNames() {
	}

	public static String of(String incidentId) {
		if (SAFE.matcher(incidentId).matches() && !HASHED.matcher(incidentId).matches()
				&& !RESERVED.matcher(incidentId).matches()) {
			return incidentId;
		}
		return prefix(incidentId) + "-" + hash(incidentId);
	}

	private static String prefix(String incidentId) {
		String prefix = UNSAFE_RUN.matcher(incidentId).replaceAll("_").replaceFirst("^[._-]+", "");
		if (prefix.length() > PREFIX_LENGTH) {
			prefix = prefix.substring(0, PREFIX_LENGTH);
		}
		return prefix.isEmpty() ? "incident" : prefix;
	}

	private static String hash(String incidentId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(incidentId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, HASH_DIGITS / 2);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
