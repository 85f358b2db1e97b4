package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.aftercare.model.Status;
import dev.aftercare.reports.GeneratedMonth;
import dev.aftercare.system.JobTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15's points on the public postmortems and the reliability report, checked on
 * every incident of a generated month of 10,000 customers: the month is generated and the
 * job run once per test JVM ({@link GeneratedMonth}, shared with the follow-up list's
 * tests), and each test reads back what it wrote (PDF text, Markdown, CSV). Expected
 * values come from the generated inputs and the CSVs, not from the code that writes the
 * documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedMonthDocumentsTests extends JobTestSupport {

	private static final String PERIOD = GeneratedMonth.PERIOD;

	private static final Pattern SERVICE_CODE = Pattern.compile("\\b(api|dashboard|storage|webhooks|search|web) /");

	private Path input;

	private Path period;

	private Map<String, CSVRecord> incidents;

	private List<String> published;

	private List<CSVRecord> events;

	private final Map<String, String> pdfs = new HashMap<>();

	private final Map<String, String> markdowns = new HashMap<>();

	private long runId;

	@BeforeAll
	void generateAndRunTheMonth() throws IOException {
		GeneratedMonth month = GeneratedMonth.get((in, out) -> run(in, out, PERIOD), this.jdbc);
		this.input = month.input();
		this.period = month.period();
		this.runId = month.runId();
		this.incidents = new TreeMap<>();
		records("incidents.csv").forEach((incident) -> this.incidents.put(incident.get("incident_id"), incident));
		this.events = records("incident_events.csv");
		try (Stream<Path> files = Files.list(this.period.resolve("public"))) {
			this.published = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".md"))
				.map((name) -> name.substring(0, name.length() - 3))
				.sorted()
				.toList();
		}
		for (String id : this.published) {
			this.pdfs.put(id, Samples.text(this.period.resolve("public/" + id + ".pdf")));
			this.markdowns.put(id, Files.readString(this.period.resolve("public/" + id + ".md")));
		}
		// the checks below are not vacuous: the month has maintenance and an incident
		// excluded as customer-caused, each with its postmortem
		assertThat(this.published).hasSizeGreaterThan(10)
			.anyMatch((id) -> isMaintenance(id))
			.anyMatch((id) -> "customer_caused".equals(this.incidents.get(id).get("sla_exclusion")));
	}

	@Test
	void publicHoldsOnlyAPdfAndAMarkdownPerIncident() throws IOException {
		Set<String> expected = new TreeSet<>();
		this.published.forEach((id) -> {
			expected.add(id + ".pdf");
			expected.add(id + ".md");
		});
		try (Stream<Path> files = Files.list(this.period.resolve("public"))) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(expected);
		}
		assertThat(this.incidents.keySet()).containsAll(this.published);
	}

	@Test
	void noCreditIsSaidToBeAppliedAndNoCountBelowFiveIsShown() throws IOException {
		Map<String, Set<String>> customers = new HashMap<>();
		for (CSVRecord row : csv(this.period.resolve("affected_customers.csv"))) {
			customers.computeIfAbsent(row.get("incident_id"), (id) -> new HashSet<>()).add(row.get("customer_id"));
		}
		for (String id : this.published) {
			int count = customers.getOrDefault(id, Set.of()).size();
			String shown = (count > 0 && count < 5) ? "fewer than 5" : String.valueOf(count);
			assertThat(pdf(id)).as(id)
				.doesNotContainIgnoringCase("applied")
				.contains("Customers affected " + shown + " ")
				.doesNotContainPattern("Customers affected [1-4] ");
			assertThat(markdown(id)).as(id)
				.doesNotContainIgnoringCase("applied")
				.contains("| Customers affected | " + shown + " |");
		}
	}

	@Test
	void everyPublicTimelineEntryIsAMessageWePosted() {
		Map<String, Set<String>> posted = new HashMap<>();
		for (CSVRecord event : this.events) {
			if ("public".equals(event.get("visibility")) && !event.get("message").isBlank()) {
				posted.computeIfAbsent(event.get("incident_id"), (id) -> new HashSet<>())
					.add(MarkdownPostmortem.cell(event.get("message").strip()));
			}
		}
		for (String id : this.published) {
			List<String> updates = timelineUpdates(markdown(id));
			Set<String> messages = posted.getOrDefault(id, Set.of());
			assertThat(updates).as(id).allMatch(messages::contains);
			assertThat(updates.isEmpty()).as(id).isEqualTo(messages.isEmpty());
			assertThat(pdf(id).contains("We posted no updates while this was happening.")).as(id)
				.isEqualTo(messages.isEmpty());
		}
	}

	@Test
	void severityWordsMatchTheWorstStatusTheEventsShow() {
		Wording wording = Samples.kit("UTC").wording();
		for (String id : this.published) {
			CSVRecord incident = this.incidents.get(id);
			Optional<Status> worst = worstStatus(incident);
			assertThat(worst).as(id).isPresent();
			String words = wording.text("public.impact_words." + worst.get().code()) + " (" + incident.get("severity")
					+ ")";
			assertThat(markdown(id)).as(id).contains("| Severity | " + MarkdownPostmortem.cell(words) + " |");
			assertThat(pdf(id)).as(id).contains("Severity " + words);
		}
	}

	@Test
	void maintenanceAndCustomerCausedIncidentsHaveNoWhySection() {
		for (String id : this.published) {
			CSVRecord incident = this.incidents.get(id);
			boolean maintenance = isMaintenance(id);
			if (!maintenance && !"customer_caused".equals(incident.get("sla_exclusion"))) {
				continue;
			}
			for (String text : List.of(pdf(id), markdown(id))) {
				assertThat(text).as(id).doesNotContain("Why it happened");
				if (maintenance) {
					assertThat(text).as(id)
						.doesNotContain("so that it does not happen again", "Postmortem:")
						.doesNotContainPattern("(?i)maintenance report: [^|\\n]*maintenance");
				}
			}
		}
	}

	@Test
	void servicesShowByTheirNamesNotTheirCodes() {
		for (String id : this.published) {
			assertThat(markdown(id)).as(id).doesNotContainPattern(SERVICE_CODE);
			assertThat(pdf(id)).as(id).doesNotContainPattern(SERVICE_CODE);
		}
		assertThat(Samples.text(this.period.resolve("internal/reliability-report.pdf")))
			.doesNotContainPattern(SERVICE_CODE);
	}

	@Test
	void theReportsCreditsPerIncidentAddUpToTheMonthsTotalPerCurrency() throws IOException {
		Map<String, BigDecimal> credited = new TreeMap<>();
		for (CSVRecord line : csv(this.period.resolve("credits.csv"))) {
			BigDecimal amount = new BigDecimal(line.get("credit_amount"));
			if (amount.signum() != 0) {
				credited.merge(line.get("currency"), amount, BigDecimal::add);
			}
		}
		assertThat(credited).isNotEmpty();
		RunFacts facts = new PostmortemStore(this.jdbc).load(this.runId);
		Map<String, BigDecimal> shares = new TreeMap<>();
		facts.shares()
			.values()
			.forEach((totals) -> totals.stream()
				.filter((total) -> total.amount().signum() != 0)
				.forEach((total) -> shares.merge(total.currency(), total.amount(), BigDecimal::add)));
		assertThat(shares.keySet()).isEqualTo(credited.keySet());
		credited
			.forEach((currency, amount) -> assertThat(shares.get(currency)).as(currency).isEqualByComparingTo(amount));
		String total = credited.entrySet()
			.stream()
			.map((entry) -> PostmortemText.money(entry.getKey(), entry.getValue()))
			.collect(Collectors.joining(" ", "Total ", ""));
		assertThat(Samples.text(this.period.resolve("internal/reliability-report.pdf"))).contains(total);
	}

	@Test
	void everyPageOfTheReportIsMarkedInternal() {
		Path report = this.period.resolve("internal/reliability-report.pdf");
		int pages = Samples.pages(report);
		assertThat(pages).isGreaterThan(1);
		for (int page = 1; page <= pages; page++) {
			assertThat(Samples.pageText(report, page)).as("page " + page)
				.contains("INTERNAL: for Example Cloud staff only, not for publication");
		}
	}

	/**
	 * The worst status an incident's status events set while it was open, or the status
	 * the contract gives an incident without status events.
	 */
	private Optional<Status> worstStatus(CSVRecord incident) {
		String id = incident.get("incident_id");
		Instant resolved = instant(incident.get("resolved_at"));
		List<Status> statuses = new ArrayList<>();
		boolean any = false;
		for (CSVRecord event : this.events) {
			if (id.equals(event.get("incident_id")) && "status".equals(event.get("kind"))) {
				any = true;
				if (instant(event.get("occurred_at")).isBefore(resolved)) {
					statuses.add(Status.valueOf(event.get("status").toUpperCase(Locale.ROOT)));
				}
			}
		}
		if (!any) {
			return Optional.of(isMaintenance(id) ? Status.UNDER_MAINTENANCE : Status.MAJOR_OUTAGE);
		}
		return PublicPostmortem.WORST_FIRST.stream().filter(statuses::contains).findFirst();
	}

	/** The update column of the Markdown's timeline table, one cell per row. */
	private static List<String> timelineUpdates(String markdown) {
		Matcher section = Pattern.compile("(?s)\n## Timeline of our updates\n(.*?)\n## ").matcher(markdown);
		assertThat(section.find()).isTrue();
		List<String> updates = new ArrayList<>();
		for (String line : section.group(1).split("\n")) {
			if (!line.startsWith("| ") || line.startsWith("| Time |")) {
				continue;
			}
			String[] cells = line.substring(2, line.length() - 2).split("(?<!\\\\) \\| ");
			assertThat(cells).as(line).hasSize(3);
			updates.add(cells[2]);
		}
		return updates;
	}

	private boolean isMaintenance(String id) {
		return "maintenance".equals(this.incidents.get(id).get("type"));
	}

	private String pdf(String id) {
		return this.pdfs.get(id);
	}

	private String markdown(String id) {
		return this.markdowns.get(id);
	}

	private static Instant instant(String text) {
		return OffsetDateTime.parse(text).toInstant();
	}

	private List<CSVRecord> records(String file) throws IOException {
		return csv(this.input.resolve(file));
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
