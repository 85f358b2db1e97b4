package dev.aftercare.terms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads {@code terms.yml} and checks every key, so that a typo stops the run instead of
 * silently crediting nobody. Numbers are read as exact decimals.
 */
public final class TermsLoader {

	/** Where the bundled default terms live on the classpath. */
	public static final String DEFAULT_TERMS = "default-terms.yml";

	private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

	/** The terms in {@code file}. */
	public Terms load(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return parse(in, file.toString());
		}
		catch (IOException ex) {
			throw new InvalidTermsException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** The terms bundled with the job. */
	public Terms loadDefault() {
		try (InputStream in = TermsLoader.class.getClassLoader().getResourceAsStream(DEFAULT_TERMS)) {
			if (in == null) {
				throw new InvalidTermsException("the bundled default terms are missing from the jar");
			}
			return parse(in, "bundled default terms");
		}
		catch (IOException ex) {
			throw new InvalidTermsException("the bundled default terms cannot be read: " + ex.getMessage(), ex);
		}
	}

	Terms parse(InputStream in, String source) throws IOException {
		JsonNode root;
		try {
			root = this.yaml.readTree(in);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidTermsException(
					source + ": not valid YAML at line " + ex.getLocation().getLineNr() + ": " + problem(ex), ex);
		}
		return new TermsTree(source).terms(root);
	}

	/** The parser's problem in one line: the operator's stderr gets one line. */
	private static String problem(JsonProcessingException ex) {
		if (ex.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
			return marked.getProblem();
		}
		return ex.getOriginalMessage().lines().findFirst().orElse("");
	}

}
