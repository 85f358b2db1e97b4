package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.aftercare.reports.DisplayNames;
import dev.aftercare.reports.PostmortemFileNames;
import dev.aftercare.reports.ReportResources;
import dev.aftercare.run.InvalidRunException;

/**
 * What the drafts call services and regions, from the one list the postmortems read too
 * ({@code reports/names.yml}), and where they link to, from
 * {@code reports/messages/links.yml}: a customer reads "API in eu-west" in the email and
 * "API / eu-west" in the postmortem it links to.
 */
final class MessageNames {

	static final String FILE = MessageTemplates.FOLDER + "links.yml";

	private static final String ID = "{incident_id}";

	// the name the incident's public files are published under (public/<name>.pdf, .md):
	// the id itself for every ordinary id, a safe name for any other
	private static final String FILE_NAME = "{file_name}";

	private final String statusPage;

	private final String postmortemLink;

	private final DisplayNames names;

	MessageNames(String statusPage, String postmortemLink, DisplayNames names) {
		this.statusPage = statusPage;
		this.postmortemLink = postmortemLink;
		this.names = names;
	}

	static MessageNames load(ReportResources resources) {
		DisplayNames names = DisplayNames.load(resources);
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
			throw new InvalidRunException(source + " must be a map with status_page and postmortem_link");
		}
		String statusPage = link(root, "status_page", source);
		String postmortemLink = link(root, "postmortem_link", source);
		if (!postmortemLink.contains(ID) && !postmortemLink.contains(FILE_NAME)) {
			throw new InvalidRunException(source + ": postmortem_link must contain " + FILE_NAME + " or " + ID);
		}
		return new MessageNames(statusPage, postmortemLink, names);
	}

	private static String link(JsonNode root, String key, String source) {
		JsonNode value = root.get(key);
		if (value == null || !value.isTextual()
				|| !(value.asText().startsWith("https://") || value.asText().startsWith("http://"))) {
			throw new InvalidRunException(source + ": " + key + " must be a link starting with https://");
		}
		return value.asText();
	}

	String statusPage() {
		return this.statusPage;
	}

	/**
	 * The public postmortem of {@code incidentId}: by the name its files are published
	 * under, or by its id encoded as a link needs.
	 */
	String postmortemLink(String incidentId) {
		return this.postmortemLink.replace(FILE_NAME, PostmortemFileNames.of(incidentId))
			.replace(ID, URLEncoder.encode(incidentId, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	/** "API in eu-west" for {@code api}, {@code eu-west}. */
	String place(String service, String region) {
		return this.names.service(service) + " in " + this.names.region(region);
	}

}
