package dev.aftercare.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.aftercare.terms.Terms;

/** The terms a run uses, read once per file and shared by its steps. */
public class RunTerms {

	private static final String BUNDLED = "";

	private final Map<String, Terms> loaded = new ConcurrentHashMap<>();

	public Terms of(RunParameters parameters) {
		Path file = parameters.terms();
		return this.loaded.computeIfAbsent(Objects.toString(file, BUNDLED),
				(key) -> TermsSource.load(key.isEmpty() ? null : Path.of(key)));
	}

}
