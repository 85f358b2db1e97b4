package dev.aftercare.run;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.aftercare.terms.Terms;

/**
 * The terms a run uses, read once per file and inputs and shared by its steps. Keyed by
 * the inputs' fingerprint too: a worker process serves run after run, and terms edited in
 * place between two of them are new terms.
 */
public class RunTerms {

	private final Map<List<String>, Terms> loaded = new ConcurrentHashMap<>();

	public Terms of(RunParameters parameters) {
		Path file = parameters.terms();
		return this.loaded.computeIfAbsent(
				Arrays.asList(Objects.toString(file, ""), Objects.toString(parameters.inputs(), "")),
				(key) -> TermsSource.load(file));
	}

}
