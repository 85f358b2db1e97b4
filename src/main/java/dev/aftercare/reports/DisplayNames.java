package dev.aftercare.reports;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.aftercare.run.InvalidRunException;

/**
 * The names customers know services and regions by, from {@code reports/names.yml}: the
 * one list both the message drafts and the postmortems read, so that an email and the
 * postmortem it links to call a service the same. A code not listed shows as it is.
 */
public final class DisplayNames {

	public static final String FILE = "names.yml";

	private final Map<String, String> services;

	private final Map<String, String> regions;

	public DisplayNames(Map<String, String> services, Map<String, String> regions) {
		this.services = Map.copyOf(services);
		this.regions = Map.copyOf(regions);
	}

	/**
	 * Reads the list from the reports folder, else the bundled copy; a missing or invalid
	 * file stops the run, naming it.
	 */
	public static DisplayNames load(ReportResources resources) {
		if (!resources.exists(FILE)) {
			throw new InvalidRunException("reports/" + FILE
					+ " is missing: the drafts and the postmortems name services and regions from it");
		}
		String source = resources.describe(FILE);
		JsonNode root;
		try {
			root = new ObjectMapper(new YAMLFactory()).readTree(resources.read(FILE));
		}
		catch (JsonProcessingException ex) {
			throw new InvalidRunException(source + ": not valid YAML at line " + ex.getLocation().getLineNr() + ": "
					+ ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new InvalidRunException(source + ": " + ex.getMessage());
		}
		if (root == null || !root.isObject()) {
			throw new InvalidRunException(source + ": must be a map with services and regions");
		}
		root.fieldNames().forEachRemaining((key) -> {
			if (!key.equals("services") && !key.equals("regions")) {
				throw new InvalidRunException(source + ": '" + key + "' is not services or regions");
			}
		});
		return new DisplayNames(names(root, "services", source), names(root, "regions", source));
	}

	private static Map<String, String> names(JsonNode root, String key, String source) {
		JsonNode node = root.get(key);
		Map<String, String> names = new HashMap<>();
		if (node == null || node.isNull()) {
			return names;
		}
		if (!node.isObject()) {
			throw new InvalidRunException(source + ": " + key + " must map each code to the name customers read");
		}
		node.fields().forEachRemaining((entry) -> {
			JsonNode name = entry.getValue();
			// a name goes into PDFs, workbooks and emails: one plain line, as an input
			// value
			if (!name.isTextual() || name.asText().isBlank() || name.asText().length() > 100
					|| name.asText().codePoints().anyMatch(Character::isISOControl)) {
				throw new InvalidRunException(source + ": " + key + "." + entry.getKey()
						+ " must be a name of one line, at most 100 characters");
			}
			names.put(entry.getKey(), name.asText().strip());
		});
		return names;
	}

	/** "API" for {@code api}; a code not listed as it is. */
	public String service(String code) {
		return this.services.getOrDefault(code, code);
	}

	/** A region's name, or its code when none is given. */
	public String region(String code) {
		return this.regions.getOrDefault(code, code);
	}

}
