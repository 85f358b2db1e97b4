package dev.aftercare.generate;

import java.io.IOException;
import java.util.List;

/**
 * For the samples: rows that break the data contract, one of each kind, appended to the
 * files so that {@code rejects.csv} has something to show. Customer ids with an X never
 * collide with generated ones.
 */
final class BadRows {

	private final Month month;

	private final List<GeneratedIncident> incidents;

	BadRows(Month month, List<GeneratedIncident> incidents) {
		this.month = month;
		this.incidents = incidents;
	}

	void customers(CsvOut out) throws IOException {
		out.row("C000001", "Müller & Söhne GmbH (imported twice)", "enterprise", "EUR", "Jürgen Weiß", null, null,
				"phone", null);
		out.row("CX00001", "Eurozone Trading", "business", "EURO", null, null, null, null, null);
		out.row("CX00002", "", "starter", "USD", "Nobody", null, null, null, null);
		out.row("CX00003", "Carrier Pigeon Ltd", "starter", "GBP", null, null, null, "pigeon", null);
	}

	void subscriptions(CsvOut out) throws IOException {
		String first = this.month.first().toString();
		out.row("CX00404", "api", "eu-west", "100.00", first, null);
		out.row("C000002", "search", "us-west", "49.999", first, null);
		out.row("C000005", "dashboard", "ap-northeast", "12000.50", first, null);
		out.row("C000003", "search", "us-east", "-10.00", first, null);
		out.row("C000003", "storage", "eu-west", "1.299,00", first, null);
		out.row("C000001", "api", "eu-west", "999.00", first, null);
		out.row("C000007", "dashboard", "us-west", "19.00", this.month.first().plusDays(10),
				this.month.first().plusDays(2));
		out.row("CX00001", "api", "eu-west", "10.00", first, null);
	}

	void incidents(CsvOut out) throws IOException {
		String started = this.month.at(14, "09:00").toString();
		out.row(badId(90), "Clock skew on the status page", "SEV4", "incident", "dashboard", "eu-west", started, null,
				this.month.at(14, "08:00").toString(), null, null, null, null, null, null, null);
		out.row(badId(91), "Typed in by hand", "SEV3", "incident", "api", "us-east", started.replace("Z", ""), null,
				null, null, null, null, null, null, null, null);
		out.row(badId(92), "Severity nobody knows", "SEV0", "incident", "api", "us-east", started, null, null, null,
				null, null, null, null, null, null);
		GeneratedIncident first = this.incidents.get(0);
		out.row(first.id(), "The same incident, imported twice", first.severity(), first.type(),
				String.join(";", first.services()), "us-west", IncidentWriter.text(first.startedAt()), null,
				IncidentWriter.text(first.resolvedAt()), null, null, null, null, null, null, null);
	}

	void events(CsvOut out) throws IOException {
		String at = this.month.at(6, "14:00").toString();
		GeneratedIncident regional = byTitle("API and webhook outage, worst in eu-west");
		out.row(badId(99), at, "update", null, null, null, "public", "status_page", null, "Nobody knows this one.");
		out.row(regional.id(), at, "status", "major_outage", "api", "ap-northeast", "public", "status_page", null,
				"Out of scope: a region the incident does not cover");
		out.row(regional.id(), at, "status", "major_outage", "search", null, "public", "status_page", null,
				"Out of scope: a service the incident does not cover");
		out.row(regional.id(), at.replace("Z", ""), "update", null, null, null, "public", "email", null,
				"An instant without an offset");
		out.row(regional.id(), at, "escalated", null, null, null, "internal", null, null, "Not a kind we know");
		out.row(regional.id(), at, "status", null, null, null, "public", "status_page", null,
				"A status event without a " + "status");
		out.row(badId(90), at, "update", null, null, null, "public", "status_page", null,
				"Belongs to a rejected incident");
	}

	void usage(CsvOut out) throws IOException {
		String first = this.month.first().toString();
		out.row("C000001", "api", "eu-west", first, 100, 150);
		out.row("CX00404", "api", "eu-west", first, 100, 0);
		out.row("C000001", "api", "eu-west", first, -5, 0);
		out.row("C000001", "api", "eu-west", first.substring(0, 8) + "32", 100, 0);
		out.row("C000001", "api", "eu-west", first, "lots", 0);
	}

	void tickets(CsvOut out) throws IOException {
		String at = this.month.at(6, "15:00").toString();
		out.row("T0000001", "C000001", null, at, "email", "false", "neutral", "The same ticket id, again");
		out.row("TX00001", "C000001", badId(99), at, "email", "false", "negative", "About an incident nobody knows");
		out.row("TX00002", "C000001", null, at, "carrier pigeon", null, null, "Coo");
		out.row("TX00003", "CX00404", null, at, "email", null, null, "Who am I?");
		out.row("TX00004", "C000001", null, at.replace("Z", ""), "chat", null, "furious", "No offset, odd mood");
	}

	private String badId(int number) {
		return IncidentPlan.id(this.month, number);
	}

	private GeneratedIncident byTitle(String title) {
		return this.incidents.stream().filter((incident) -> incident.title().equals(title)).findFirst().orElseThrow();
	}

}
