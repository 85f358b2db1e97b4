package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.credits.Basis;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.model.EventKind;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.model.SlaExclusion;
import dev.aftercare.model.Status;
import dev.aftercare.model.Visibility;
import dev.aftercare.reports.pdf.PublicPostmortem.CreditRate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a public postmortem says, scaled to what the status events show, read back from
 * the PDF and the Markdown alike: each case is a small hand-made incident.
 */
class PublicPostmortemWordingTests {

	private static final String ID = "INC-9";

	@TempDir
	Path directory;

	@Test
	void aSlowdownIsApologisedForAsASlowdownWhateverItsSeverityCode() throws IOException {
		Incident incident = incident(Severity.SEV1, IncidentType.INCIDENT, null, "10:00", "11:00");
		List<String> both = render(incident,
				List.of(status(1, "10:00", Status.DEGRADED_PERFORMANCE, "Search is slower than usual."),
						status(2, "11:00", Status.OPERATIONAL, "Search is fast again.")),
				10, List.of());
		for (String text : both) {
			assertThat(text).contains("Degraded performance: the service was slow or returned some errors (SEV1)",
					"was slower than usual or returned some errors, but kept working", "We are sorry for the slowdown")
				.doesNotContain("let you down", "did not work", "Critical");
		}
	}

	@Test
	void severityWordsFollowTheStatusEventsNotTheCode() throws IOException {
		Incident incident = incident(Severity.SEV4, IncidentType.INCIDENT, null, "10:00", "11:00");
		List<String> both = render(incident, List.of(status(1, "10:00", Status.MAJOR_OUTAGE, "The API is down.")), 10,
				List.of());
		for (String text : both) {
			assertThat(text)
				.contains("Major outage: the service did not work (SEV4)",
						"We are sorry. You rely on Example Cloud to run your business, and this time we let you down.")
				.doesNotContain("little or no visible impact");
		}
	}

	@Test
	void aLongOutageOwnsUpToItsLength() throws IOException {
		Incident incident = incident(Severity.SEV1, IncidentType.INCIDENT, null, "02:00", "23:00");
		for (String text : render(incident, List.of(), 10, List.of())) {
			assertThat(text).contains("for 21 h we let you down").doesNotContain("this time we let you down");
		}
	}

	@Test
	void theTimelineShowsOnlyUpdatesWePostedWithTheirChannel() throws IOException {
		Incident incident = incident(Severity.SEV2, IncidentType.INCIDENT, null, "10:00", "12:00");
		List<String> both = render(incident,
				List.of(status(1, "10:00", Status.MAJOR_OUTAGE, null),
						status(2, "10:20", Status.PARTIAL_OUTAGE, "Most requests work again."),
						status(3, "12:00", Status.OPERATIONAL, null)),
				10, List.of());
		String pdf = both.get(0);
		assertThat(pdf).contains("Time Channel Update 2026-10-07 10:20 UTC Status page Most requests work again.")
			.doesNotContain("Status: Major outage", "Status: Operational");
		assertThat(both.get(1)).contains("| 2026-10-07 10:20 UTC | Status page | Most requests work again. |")
			.doesNotContain("Status: Major outage", "Status: Operational");
	}

	@Test
	void aTimelineWithoutUpdatesSaysSoInOneLine() throws IOException {
		Incident incident = incident(Severity.SEV2, IncidentType.INCIDENT, null, "10:00", "12:00");
		List<String> both = render(incident, List.of(status(1, "10:00", Status.MAJOR_OUTAGE, null)), 10, List.of());
		assertThat(both.get(0)).contains("We posted no updates while this was happening.")
			.doesNotContain("Time Channel Update", "The timeline below shows");
		assertThat(both.get(1)).contains("## Timeline of our updates\n\nWe posted no updates while this was happening.")
			.doesNotContain("| Time |", "The timeline below shows");
	}

	@Test
	void aServiceAndRegionWithoutAStatusChangeIsLeftOut() throws IOException {
		Incident incident = new Incident(ID, "API errors", Severity.SEV2, IncidentType.INCIDENT, List.of("api"),
				List.of("eu-west", "us-east"), at("10:00"), at("10:05"), at("12:00"), null, null, null, null, null,
				null, List.of());
		IncidentEvent euWestOnly = new IncidentEvent(ID, 1, at("10:00"), EventKind.STATUS, Status.MAJOR_OUTAGE,
				List.of(), List.of("eu-west"), Visibility.PUBLIC, "status_page", "comms", "The API fails in eu-west.");
		List<String> both = render(incident, List.of(euWestOnly), 10, List.of());
		assertThat(both.get(0)).contains("API / Europe West").doesNotContain("API / US East");
		assertThat(both.get(1)).contains("- **API / Europe West**: Major outage").doesNotContain("API / US East");
	}

	@Test
	void servicesAndRegionsShowByTheNamesCustomersKnow() throws IOException {
		Incident incident = new Incident(ID, "Deliveries failing", Severity.SEV2, IncidentType.INCIDENT,
				List.of("api", "webhooks"), List.of("eu-west", "us-east"), at("10:00"), at("10:05"), at("11:00"), null,
				null, null, null, null, null, List.of());
		List<String> both = render(incident, List.of(status(1, "10:00", Status.MAJOR_OUTAGE, "Deliveries fail.")), 10,
				List.of());
		for (String text : both) {
			assertThat(text).contains("API and Webhooks in Europe West and US East had an outage")
				.doesNotContain("api", "webhooks");
		}
		assertThat(both.get(0)).contains("Affected services API, Webhooks", "Affected regions Europe West, US East",
				"API / Europe West", "Webhooks / US East");
		assertThat(both.get(1)).contains("| Affected services | API, Webhooks |", "- **Webhooks / US East**: Major");
	}

	@Test
	void plannedMaintenanceHasItsOwnWords() throws IOException {
		Incident incident = incident(Severity.SEV4, IncidentType.MAINTENANCE, null, "01:00", "03:00");
		for (String text : render(incident, List.of(), 10, List.of())) {
			assertThat(text)
				.contains("Maintenance report: Disks moved", "Why we did this work",
						"was unavailable while we carried out maintenance", "We are sorry for the interruption")
				.doesNotContain("Why it happened", "so that it does not happen again", "Postmortem:", "let you down",
						"We had no workaround");
		}
	}

	@Test
	void aMaintenanceTitleThatSaysMaintenanceIsNotPrefixedTwice() throws IOException {
		Incident incident = new Incident(ID, "Planned maintenance: storage in eu-central", Severity.SEV4,
				IncidentType.MAINTENANCE, List.of("storage"), List.of("eu-central"), at("01:00"), null, at("03:30"),
				null, null, null, null, null, null, List.of());
		List<String> both = render(incident, List.of(), 10, List.of());
		assertThat(both.get(0))
			.contains("Example Cloud | Planned maintenance: storage in eu-central Page 1",
					"Planned maintenance: storage in eu-central Incident INC-9")
			.doesNotContain("Maintenance report", "Postmortem:");
		assertThat(both.get(1)).startsWith("# Planned maintenance: storage in eu-central\n")
			.doesNotContain("Maintenance report", "Postmortem:");
		assertThat(Samples.title(this.directory.resolve(ID + ".pdf")))
			.isEqualTo("Planned maintenance: storage in eu-central");
	}

	@Test
	void anIncidentExcludedAsCustomerCausedBlamesNoCustomer() throws IOException {
		Incident incident = incident(Severity.SEV3, IncidentType.INCIDENT, SlaExclusion.CUSTOMER_CAUSED, "07:00",
				"09:00");
		// a line it shares with another incident has a rate, which this incident did not
		// earn
		List<String> both = render(incident, List.of(), 10,
				List.of(new CreditRate("business", Basis.SLA, BigDecimal.TEN, 12)));
		for (String text : both) {
			assertThat(text)
				.contains("Under our terms of service this incident does not count towards SLA downtime, so it does"
						+ " not earn a service credit.", "We add per-account limits")
				.doesNotContain("customer side", "caused by a change", "qualify", "business SLA", "business: SLA",
						"applied", "Why it happened", "A customer's integration flooded us.");
		}
	}

	@Test
	void anIncidentThatEarnedNoCreditSaysSoWithoutClaimingCreditsWereApplied() throws IOException {
		Incident incident = incident(Severity.SEV3, IncidentType.INCIDENT, null, "07:00", "07:20");
		for (String text : render(incident, List.of(), 10, List.of())) {
			assertThat(text).contains("did not reach a service credit under our terms of service this month")
				.doesNotContain("applied", "qualify", "automatically");
		}
	}

	@Test
	void aCountBelowFiveIsNotPrinted() throws IOException {
		Incident incident = incident(Severity.SEV3, IncidentType.INCIDENT, null, "07:00", "08:00");
		List<String> both = render(incident, List.of(), 3,
				List.of(new CreditRate("enterprise", Basis.SLA, BigDecimal.TEN, 1)));
		assertThat(both.get(0)).contains("Customers affected fewer than 5", "enterprise SLA credit 10%")
			.doesNotContain("Customers affected 3", "10% 1");
		assertThat(both.get(1)).contains("| Customers affected | fewer than 5 |", "- enterprise: SLA credit, 10%\n");
	}

	/** The public PDF's text and the Markdown of an incident, in that order. */
	private List<String> render(Incident incident, List<IncidentEvent> events, long customers, List<CreditRate> rates)
			throws IOException {
		RunFacts none = RunFacts.none();
		RunFacts facts = new RunFacts(Map.of(ID, customers), none.byPlan(), none.byRegion(), none.byService(),
				Map.of(ID, rates), none.totals(), none.largest(), none.monthTotals(), none.regionsByService(),
				none.shares());
		IncidentImpact impact = new IncidentImpact(incident, events, Samples.TERMS);
		PublicPostmortem postmortem = new PostmortemAssembler(Samples.TERMS, facts, Duration.ofMinutes(60),
				Samples.PUBLISHED)
			.assemble(impact, events)
			.publicPart();
		Path file = this.directory.resolve(ID + ".pdf");
		new PublicPostmortemPdf(Samples.kit("UTC")).write(postmortem, file);
		List<String> both = new ArrayList<>();
		both.add(Samples.text(file));
		both.add(new MarkdownPostmortem(Samples.kit("UTC")).render(postmortem));
		return both;
	}

	private static Incident incident(Severity severity, IncidentType type, SlaExclusion exclusion, String from,
			String to) {
		boolean maintenance = type == IncidentType.MAINTENANCE;
		return new Incident(ID, maintenance ? "Disks moved" : "API errors", severity, type, List.of("api"),
				List.of("eu-west"), at(from), maintenance ? null : at(from), at(to), null, exclusion, null,
				maintenance ? "We moved the API's storage to new disks."
						: (exclusion != null) ? "A customer's integration flooded us."
								: "A change we made overloaded the API.",
				"ROOT-CAUSE-SECRET", null, (exclusion != null)
						? List.of("We add per-account limits that hold back a sudden flood of requests.") : List.of());
	}

	private static IncidentEvent status(long line, String time, Status status, String message) {
		return new IncidentEvent(ID, line, at(time), EventKind.STATUS, status, List.of(), List.of(), Visibility.PUBLIC,
				"status_page", "comms", message);
	}

	private static java.time.Instant at(String time) {
		return Samples.at("2026-10-07T" + time + ":00Z");
	}

}
