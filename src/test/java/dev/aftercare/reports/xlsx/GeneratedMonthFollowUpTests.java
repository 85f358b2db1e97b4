package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.aftercare.reports.GeneratedMonth;
import dev.aftercare.system.JobTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15's points on support's list, checked for every customer of a generated month
 * of 10,000 customers ({@link GeneratedMonth}, generated and run once per test JVM), read
 * back from {@code follow-up.xlsx} with POI. What each customer should get comes from the
 * generated inputs, {@code affected_customers.csv}, {@code rejects.csv} and the list of
 * public postmortems (the incidents of the period), not from the code that writes the
 * list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedMonthFollowUpTests extends JobTestSupport {

	/**
	 * A place in an email line: "your API in Europe West, Search in eu-central, for 2
	 * hours."
	 */
	private static final Pattern PLACES = Pattern.compile("(?m)^- [^\\n]*: your (.+), for [^,\\n]+\\.");

	private GeneratedMonth month;

	/** Customer id to its row, as support reads it: the Follow-up and Messages sheets. */
	private final Map<String, Map<String, String>> list = new LinkedHashMap<>();

	private final Map<String, Map<String, String>> messages = new HashMap<>();

	private final Map<String, CSVRecord> customers = new HashMap<>();

	@BeforeAll
	void readTheMonthsFollowUpList() throws Exception {
		this.month = GeneratedMonth.get((in, out) -> run(in, out, GeneratedMonth.PERIOD), this.jdbc);
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.month.period().resolve("follow-up.xlsx").toFile())) {
			rows(workbook.getSheet("Follow-up"), this.list);
			rows(workbook.getSheet("Messages"), this.messages);
		}
		csv(this.month.input().resolve("customers.csv"))
			.forEach((customer) -> this.customers.putIfAbsent(customer.get("customer_id"), customer));
		// the first row of an id is the one the job kept (a later duplicate is rejected)
		// everyone affected is on the list once, with their drafts
		assertThat(this.list.keySet()).isEqualTo(affected().keySet()).hasSizeGreaterThan(1000);
		assertThat(this.messages.keySet()).isEqualTo(this.list.keySet());
	}

	@Test
	void everyPublicOrAbusiveComplaintOfThePeriodIsRankOneWithACallAndNoOneElseIs() throws IOException {
		Set<String> loud = loudCustomers();
		Set<String> listedLoud = new HashSet<>(loud);
		listedLoud.retainAll(this.list.keySet());
		// not vacuous: the month's anchors tweet, post on Facebook and write abuse
		assertThat(listedLoud).hasSizeGreaterThanOrEqualTo(3);
		this.list.forEach((id, row) -> {
			if (listedLoud.contains(id)) {
				assertThat(row.get("priority")).as(id).isEqualTo("1");
				assertThat(row.get("recommended channel")).as(id).startsWith("phone");
			}
			else {
				assertThat(row.get("priority")).as(id).isNotEqualTo("1");
			}
		});
	}

	@Test
	void aCustomerToCallOrChatWithHasACallScriptAndNoOneElseHas() {
		int calls = 0;
		for (Map.Entry<String, Map<String, String>> entry : this.messages.entrySet()) {
			String channel = entry.getValue().get("recommended channel");
			assertThat(channel).as(entry.getKey()).isEqualTo(this.list.get(entry.getKey()).get("recommended channel"));
			String script = entry.getValue().get("call script");
			if (channel.startsWith("phone") || channel.equals("chat")) {
				calls++;
				assertThat(script).as(entry.getKey()).startsWith("Ask for: ").contains("Ask: ");
			}
			else {
				assertThat(script).as(entry.getKey()).isEmpty();
			}
		}
		assertThat(calls).isPositive().isLessThan(this.messages.size());
	}

	@Test
	void everyEmailIsShortGreetsTheContactApologisesOnceAndSaysNothingIsApplied() throws IOException {
		Set<String> maintenanceOnly = maintenanceOnlyCustomers();
		this.messages.forEach((id, row) -> {
			String body = row.get("email body");
			CSVRecord customer = this.customers.get(id);
			String contact = customer.get("contact_name").strip();
			assertThat(body).as(id).hasSizeLessThanOrEqualTo(1200);
			String greeting = body.substring(0, body.indexOf('\n'));
			assertThat(greeting).as(id).isEqualTo(contact.isEmpty() ? "Hello," : "Hello " + contact + ",");
			if (!customer.get("name").equals(contact)) {
				assertThat(greeting).as(id).doesNotContain(customer.get("name"));
			}
			assertThat(apologies(body)).as(id).isEqualTo(maintenanceOnly.contains(id) ? 0 : 1);
			if (!this.month.decided().contains(id)) {
				assertThat(body).as(id).doesNotContainIgnoringCase("applied");
			}
		});
		// not vacuous: some customers were hit only by announced maintenance
		assertThat(maintenanceOnly).isNotEmpty().isSubsetOf(this.messages.keySet());
	}

	@Test
	void emailsNameServicesByTheirDisplayNamesNeverByACodeThatHasOne() throws IOException {
		JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(Path.of("reports/names.yml").toFile())
			.get("services");
		Set<String> named = new HashSet<>();
		services.fieldNames().forEachRemaining((code) -> {
			if (!services.get(code).asText().equals(code)) {
				named.add(code);
			}
		});
		assertThat(named).contains("api", "web");
		int places = 0;
		for (Map.Entry<String, Map<String, String>> entry : this.messages.entrySet()) {
			Matcher lines = PLACES.matcher(entry.getValue().get("email body"));
			while (lines.find()) {
				for (String place : lines.group(1).split(", ")) {
					places++;
					String service = place.substring(0, place.lastIndexOf(" in "));
					assertThat(named).as(entry.getKey() + ": " + place).doesNotContain(service);
				}
			}
		}
		assertThat(places).isGreaterThan(this.messages.size());
	}

	/**
	 * The customers with an accepted ticket on a public channel that is not positive, or
	 * an abusive one, opened in the period or about an incident of the period.
	 */
	private Set<String> loudCustomers() throws IOException {
		Set<String> rejected = new HashSet<>();
		for (CSVRecord reject : csv(this.month.period().resolve("rejects.csv"))) {
			if (reject.get("file").equals("tickets.csv")) {
				rejected.add(reject.get("line"));
			}
		}
		Set<String> incidents = incidentsOfThePeriod();
		YearMonth period = YearMonth.parse(GeneratedMonth.PERIOD);
		Instant from = period.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant until = period.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Set<String> loud = new HashSet<>();
		Set<String> seenRejects = new HashSet<>();
		try (Reader reader = Files.newBufferedReader(this.month.input().resolve("tickets.csv"), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				String line = String.valueOf(parser.getCurrentLineNumber() + 1);
				if (!records.hasNext()) {
					break;
				}
				CSVRecord ticket = records.next();
				if (rejected.contains(line)) {
					seenRejects.add(line);
					continue;
				}
				String sentiment = ticket.get("sentiment");
				boolean complaint = ("true".equals(ticket.get("public")) && !"positive".equals(sentiment))
						|| "abusive".equals(sentiment);
				Instant opened = OffsetDateTime.parse(ticket.get("opened_at")).toInstant();
				boolean ofThePeriod = (!opened.isBefore(from) && opened.isBefore(until))
						|| incidents.contains(ticket.get("incident_id"));
				if (complaint && ofThePeriod) {
					loud.add(ticket.get("customer_id"));
				}
			}
		}
		// the line numbers were read right: every rejected ticket (none in a month
		// generated without the samples' bad rows) was skipped
		assertThat(seenRejects).isEqualTo(rejected);
		return loud;
	}

	/**
	 * The customers every incident of whose hit was maintenance announced at least the
	 * terms' notice before it started.
	 */
	private Set<String> maintenanceOnlyCustomers() throws IOException {
		JsonNode terms = new ObjectMapper(new YAMLFactory()).readTree(this.month.input().resolve("terms.yml").toFile());
		Duration notice = Duration.ofHours(terms.get("maintenance").get("min_notice_hours").asLong());
		Set<String> announced = new HashSet<>();
		for (CSVRecord incident : csv(this.month.input().resolve("incidents.csv"))) {
			if ("maintenance".equals(incident.get("type")) && !incident.get("announced_at").isBlank()
					&& !OffsetDateTime.parse(incident.get("announced_at"))
						.toInstant()
						.plus(notice)
						.isAfter(OffsetDateTime.parse(incident.get("started_at")).toInstant())) {
				announced.add(incident.get("incident_id"));
			}
		}
		assertThat(announced).isNotEmpty();
		Set<String> only = new HashSet<>();
		affected().forEach((customer, incidents) -> {
			if (announced.containsAll(incidents)) {
				only.add(customer);
			}
		});
		return only;
	}

	/**
	 * Customer id to the incidents that hit them, from {@code affected_customers.csv}.
	 */
	private Map<String, Set<String>> affected() throws IOException {
		Map<String, Set<String>> affected = new HashMap<>();
		for (CSVRecord row : csv(this.month.period().resolve("affected_customers.csv"))) {
			affected.computeIfAbsent(row.get("customer_id"), (id) -> new HashSet<>()).add(row.get("incident_id"));
		}
		return affected;
	}

	/** The incidents of the period: the contract gives each one a public postmortem. */
	private Set<String> incidentsOfThePeriod() throws IOException {
		try (Stream<Path> files = Files.list(this.month.period().resolve("public"))) {
			Set<String> ids = new HashSet<>();
			files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".md"))
				.forEach((name) -> ids.add(name.substring(0, name.length() - 3)));
			assertThat(ids).hasSizeGreaterThan(10);
			return ids;
		}
	}

	private static int apologies(String body) {
		return body.toLowerCase(java.util.Locale.ROOT).split("sorry", -1).length - 1;
	}

	/** Every row below the header, keyed by its customer_id, as header to text. */
	private static void rows(Sheet sheet, Map<String, Map<String, String>> into) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach((cell) -> headers.add(cell.getStringCellValue()));
		for (int i = 1; i <= sheet.getLastRowNum(); i++) {
			Row row = sheet.getRow(i);
			Map<String, String> values = new HashMap<>();
			for (int column = 0; column < headers.size(); column++) {
				values.put(headers.get(column), FollowUpJobTests.text(row, column));
			}
			assertThat(into.put(values.get("customer_id"), values)).as("one row per customer").isNull();
		}
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
