package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.aftercare.reports.ReportResources;
import dev.aftercare.system.InvalidRunException;

/**
 * What the drafts call services and regions, and where they link to, from
 * {@code reports/messages/names.yml}: a customer reads "API in Europe West", not
 * {@code api in eu-west}.
 */
final class MessageNames {

	static final String FILE = MessageTemplates.FOLDER + "names.yml";

	private static final String ID = "{incident_id}";

	private final String statusPage;

	private final String postmortemLink;

	private final Map<String, String> services;

	private final Map<String, String> regions;

	MessageNames(String statusPage, String postmortemLink, Map<String, String> services, Map<String, String> regions) {
		this.statusPage = statusPage;
		this.postmortemLink = postmortemLink;
		this.services = Map.copyOf(services);
		this.regions = Map.copyOf(regions);
	}

	static MessageNames load(ReportResources resources) {
		String source = resources.describe(FILE);
		if (!resources.exists(FILE)) {
			throw new InvalidRunException("reports/" + FILE + " is missing: the message drafts need it");
		}
		JsonNode root;
		try {
			root = new ObjectMapper(new YAMLFactory()).readTree(resources.read(FILE));
		}
		catch (IOException ex) {
			throw new InvalidRunException(source + " is not valid YAML: " + ex.getMessage());
		}
		if (root == null || !root.isObject()) {
			throw new InvalidRunException(
					source + " must be a map with status_page, postmortem_link, services, regions");
		}
		String statusPage = link(root, "status_page", source);
		String postmortemLink = link(root, "postmortem_link", source);
		if (!postmortemLink.contains(ID)) {
			throw new InvalidRunException(source + ": postmortem_link must contain " + ID);
		}
		return new MessageNames(statusPage, postmortemLink, names(root, "services", source),
				names(root, "regions", source));
	}

	private static String link(JsonNode root, String key, String source) {
		JsonNode value = root.get(key);
		if (value == null || !value.isTextual()
				|| !(value.asText().startsWith("https://") || value.asText().startsWith("http://"))) {
			throw new InvalidRunException(source + ": " + key + " must be a link starting with https://");
		}
		return value.asText();
	}

	private static Map<String, String> names(JsonNode root, String key, String source) {
		JsonNode node = root.get(key);
		Map<String, String> names = new HashMap<>();
		if (node == null || node.isNull()) {
			return names;
		}
		if (!node.isObject()) {
			throw new InvalidRunException(source + ": " + key + " must map each key to the name customers read");
		}
		node.fields().forEachRemaining((entry) -> {
			if (!entry.getValue().isValueNode() || entry.getValue().asText().isBlank()) {
				throw new InvalidRunException(source + ": " + key + "." + entry.getKey() + " must be a name");
			}
			names.put(entry.getKey(), entry.getValue().asText());
		});
		return names;
	}

	String statusPage() {
		return this.statusPage;
	}

	/** The public postmortem of {@code incidentId}, its id encoded as a link needs. */
	String postmortemLink(String incidentId) {
		return this.postmortemLink.replace(ID,
				URLEncoder.encode(incidentId, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	/** "API in Europe West" for {@code api}, {@code eu-west}. */
	String place(String service, String region) {
		return this.services.getOrDefault(service, service) + " in " + this.regions.getOrDefault(region, region);
	}

}
