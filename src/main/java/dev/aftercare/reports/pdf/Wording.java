package dev.aftercare.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import dev.aftercare.model.Status;
import dev.aftercare.reports.DisplayNames;
import dev.aftercare.run.InvalidRunException;

/**
 * The fixed wording of the documents, from {@code reports/postmortem/wording.yml}: each
 * value a Mustache template over a few named variables, so that the communications team
 * changes a sentence without a rebuild.
 */
final class Wording {

	static final String FILE = "postmortem/wording.yml";

	/** Every variable a template may use; a run fills them all. */
	static final Set<String> VARIABLES = Set.of("company", "support_contact", "feedback_contact", "incident_id",
			"title", "period", "target_minutes", "goodwill_minutes", "goodwill_percent", "published", "services",
			"regions", "when", "duration", "weights");

	private static final Logger logger = LoggerFactory.getLogger(Wording.class);

	private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false);

	private final Map<String, String> texts;

	private final Map<String, Object> variables;

	private final String source;

	private final Map<String, Template> compiled;

	private Wording(Map<String, String> texts, Map<String, Object> variables, String source,
			Map<String, Template> compiled) {
		this.texts = texts;
		this.variables = variables;
		this.source = source;
		this.compiled = compiled;
	}

	/**
	 * Reads {@code in} and checks it against {@code required}, the keys of the bundled
	 * file: a missing key, a template that does not compile or render, or a colour that
	 * is not {@code #RRGGBB} names {@code source}.
	 */
	static Wording read(InputStream in, String source, Set<String> required, Map<String, Object> variables) {
		Map<String, String> texts = flatten(in, source);
		Map<String, Object> sample = new HashMap<>();
		VARIABLES.forEach((name) -> sample.put(name, "x"));
		sample.putAll(variables);
		Map<String, Template> compiled = new ConcurrentHashMap<>();
		for (String key : required) {
			String text = texts.get(key);
			if (text == null) {
				throw new InvalidRunException(source + ": '" + key + "' is missing");
			}
			try {
				Template template = COMPILER.compile(text);
				template.execute(sample);
				compiled.put(key, template);
			}
			catch (MustacheException ex) {
				throw new InvalidRunException(source + ": '" + key + "' is not a valid template: " + ex.getMessage()
						+ " (known names: " + String.join(", ", new TreeSet<>(VARIABLES)) + ")");
			}
			if (key.endsWith(".colour")) {
				colour(text, source + ": '" + key + "'");
			}
		}
		if (texts.keySet().stream().anyMatch((key) -> key.startsWith("names."))) {
			// an edited copy from before names.yml: its names would silently differ from
			// the drafts'
			logger.warn("{}: its 'names' section is no longer read; services and regions are named in {}", source,
					DisplayNames.FILE);
		}
		return new Wording(texts, Map.copyOf(variables), source, compiled);
	}

	/** The keys of a wording file, to check another against it. */
	static Set<String> keys(InputStream in, String source) {
		return flatten(in, source).keySet();
	}

	/** The same wording with one more variable set. */
	Wording with(String name, Object value) {
		Map<String, Object> more = new HashMap<>(this.variables);
		more.put(name, value);
		return new Wording(this.texts, more, this.source, this.compiled);
	}

	String text(String key) {
		Template template = this.compiled.get(key);
		if (template == null) {
			throw new IllegalArgumentException(this.source + " has no '" + key + "'");
		}
		Map<String, Object> values = new HashMap<>();
		VARIABLES.forEach((name) -> values.put(name, ""));
		values.putAll(this.variables);
		return template.execute(values).strip();
	}

	boolean has(String key) {
		return this.compiled.containsKey(key);
	}

	String statusLabel(Status status) {
		return text("statuses." + status.code() + ".label");
	}

	Color statusColour(Status status) {
		return colour(text("statuses." + status.code() + ".colour"), this.source);
	}

	/** The words for an enum-like code under {@code group}, or the code itself. */
	String label(String group, String code) {
		return this.compiled.containsKey(group + "." + code) ? text(group + "." + code) : code;
	}

	static Color colour(String text, String where) {
		if (text == null || !text.matches("#[0-9A-Fa-f]{6}")) {
			throw new InvalidRunException(where + ": '" + text + "' is not a colour like #1F4E79");
		}
		return new Color(Integer.parseInt(text.substring(1), 16));
	}

	private static Map<String, String> flatten(InputStream in, String source) {
		JsonNode root;
		try {
			root = new ObjectMapper(new YAMLFactory()).readTree(in);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidRunException(source + ": not valid YAML at line " + ex.getLocation().getLineNr() + ": "
					+ ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(source + ": " + ex.getMessage(), ex);
		}
		if (root == null || !root.isObject()) {
			throw new InvalidRunException(source + ": must be a mapping of names to texts");
		}
		Map<String, String> texts = new LinkedHashMap<>();
		flatten(root, "", texts);
		return texts;
	}

	private static void flatten(JsonNode node, String prefix, Map<String, String> texts) {
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			String key = prefix + entry.getKey();
			if (entry.getValue().isObject()) {
				flatten(entry.getValue(), key + ".", texts);
			}
			else {
				texts.put(key, entry.getValue().asText());
			}
		}
	}

}
