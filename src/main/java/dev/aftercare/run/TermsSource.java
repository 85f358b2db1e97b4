package dev.aftercare.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Path;

import dev.aftercare.terms.Terms;
import dev.aftercare.terms.TermsLoader;

/**
 * Which terms a run uses: {@code --terms}, else {@code INPUT/terms.yml}, else the bundled
 * default.
 */
public final class TermsSource {

	private TermsSource() {
	}

	/** The terms file to use, or {@code null} for the bundled default. */
	public static Path resolve(Path input, Path explicitTerms) {
		if (explicitTerms != null) {
			return explicitTerms;
		}
		Path inInput = input.resolve("terms.yml");
		return Files.exists(inInput) ? inInput : null;
	}

	/**
	 * The SHA-256 of the terms that decided the money: the file's bytes, or the bundled
	 * default's.
	 */
	public static String sha256(Path termsFile) {
		try (InputStream in = (termsFile != null) ? Files.newInputStream(termsFile)
				: TermsSource.class.getClassLoader().getResourceAsStream(TermsLoader.DEFAULT_TERMS)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	public static Terms load(Path termsFile) {
		TermsLoader loader = new TermsLoader();
		return (termsFile != null) ? loader.load(termsFile) : loader.loadDefault();
	}

}
