package dev.aftercare.system;

import java.nio.file.Files;
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

	public static Terms load(Path termsFile) {
		TermsLoader loader = new TermsLoader();
		return (termsFile != null) ? loader.load(termsFile) : loader.loadDefault();
	}

}
