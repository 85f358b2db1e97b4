package dev.aftercare.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTests {

	private static final List<String> FILES = List.of("customers.csv", "subscriptions.csv", "incidents.csv",
			"incident_events.csv", "usage.csv", "tickets.csv", "terms.yml");

	@TempDir
	Path temp;

	@Test
	void sameSeedAndOptionsWriteTheSameBytes() throws IOException {
		Path first = generate("first", "--customers=60", "--seed=7", "--samples");
		Path second = generate("second", "--customers=60", "--seed=7", "--samples");
		for (String file : FILES) {
			assertThat(Files.readAllBytes(second.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(first.resolve(file)));
		}
	}

	@Test
	void anotherSeedWritesOtherCustomers() throws IOException {
		Path first = generate("first", "--customers=60", "--seed=7");
		Path second = generate("second", "--customers=60", "--seed=8");
		assertThat(Files.readString(second.resolve("customers.csv")))
			.isNotEqualTo(Files.readString(first.resolve("customers.csv")));
	}

	@Test
	void everyFileHasTheContractsColumns() throws IOException {
		Path dir = generate("out", "--customers=20", "--seed=1");
		Map<String, List<String>> headers = Map.of("customers.csv",
				List.of("customer_id", "name", "plan", "currency", "contact_name", "email", "phone",
						"preferred_channel", "account_manager"),
				"subscriptions.csv",
				List.of("customer_id", "service", "region", "monthly_fee", "started_on", "ended_on"), "incidents.csv",
				List.of("incident_id", "title", "severity", "type", "services", "regions", "started_at", "detected_at",
						"resolved_at", "announced_at", "sla_exclusion", "customer_impact", "public_cause", "root_cause",
						"workaround", "remediation"),
				"incident_events.csv",
				List.of("incident_id", "occurred_at", "kind", "status", "services", "regions", "visibility", "channel",
						"author", "message"),
				"usage.csv", List.of("customer_id", "service", "region", "date", "requests", "errors"), "tickets.csv",
				List.of("ticket_id", "customer_id", "incident_id", "opened_at", "channel", "public", "sentiment",
						"subject"));
		for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
			assertThat(records(dir.resolve(entry.getKey())).get(0).toList()).as(entry.getKey())
				.isEqualTo(entry.getValue());
		}
	}

	@Test
	void termsAreTheContractsExampleWithoutTheFreePlan() throws IOException {
		String terms = Files.readString(generate("out", "--customers=5", "--seed=1").resolve("terms.yml"));
		assertThat(terms)
			.contains("usage_lookback_days: 7", "min_notice_hours: 72", "enterprise:", "business:", "starter:",
					"min_incident_minutes: 240")
			.doesNotContain("free:");
	}

	@Test
	void usageCoversTheLookbackDaysAndTheWholePeriod() throws IOException {
		Path dir = generate("out", "--customers=20", "--seed=3", "--period=2027-02");
		Set<LocalDate> dates = new TreeSet<>();
		for (CSVRecord record : records(dir.resolve("usage.csv"))) {
			// the first anchor customer has used its API in eu-west for over a year
			if (record.get(0).equals("C000001") && record.get(1).equals("api") && record.get(2).equals("eu-west")) {
				dates.add(LocalDate.parse(record.get(3)));
			}
		}
		LocalDate first = LocalDate.of(2027, 2, 1);
		assertThat(dates).contains(first.minusDays(7), LocalDate.of(2027, 2, 28));
		assertThat(dates).hasSize(Month.USAGE_DAYS_BEFORE + 28);
		assertThat(dates.iterator().next()).isBefore(first.minusDays(7));
	}

	@Test
	void plainModeWritesOnlyContractValidRows() throws IOException {
		Path dir = generate("out", "--customers=400", "--seed=11");
		assertThat(ContractCheck.problems(dir)).isEmpty();
	}

	@Test
	void samplesModeAddsBrokenRowsToEveryFile() throws IOException {
		Path dir = generate("out", "--customers=30", "--seed=11", "--samples");
		List<String> problems = ContractCheck.problems(dir);
		for (String file : FILES.subList(0, 6)) {
			assertThat(problems).as(file).anyMatch((problem) -> problem.startsWith(file + ":"));
		}
		assertThat(problems).anyMatch((p) -> p.contains("unknown customer CX00404"))
			.anyMatch((p) -> p.contains("too many decimals"))
			.anyMatch((p) -> p.contains("unknown currency EURO"))
			.anyMatch((p) -> p.contains("bad instant"))
			.anyMatch((p) -> p.contains("duplicate C000001"))
			.anyMatch((p) -> p.contains("errors > requests"))
			.anyMatch((p) -> p.contains("outside scope"))
			.anyMatch((p) -> p.contains("resolved_at before started_at"))
			.anyMatch((p) -> p.startsWith("incident_events.csv") && p.contains("unknown incident"));
	}

	@Test
	void feesHaveTheCurrencysDecimalsAndSubscriptionsTheirCustomer() throws IOException {
		Path dir = generate("out", "--customers=300", "--seed=5");
		Map<String, String> currencies = new java.util.HashMap<>();
		for (CSVRecord customer : records(dir.resolve("customers.csv")).subList(1, 301)) {
			currencies.put(customer.get(0), customer.get(3));
		}
		assertThat(currencies.values()).contains("USD", "EUR", "GBP", "JPY");
		List<CSVRecord> subscriptions = records(dir.resolve("subscriptions.csv"));
		for (CSVRecord subscription : subscriptions.subList(1, subscriptions.size())) {
			String currency = currencies.get(subscription.get(0));
			assertThat(currency).as(subscription.toString()).isNotNull();
			String fee = subscription.get(3);
			assertThat(fee).as(subscription.toString()).matches(currency.equals("JPY") ? "\\d+" : "\\d+\\.\\d\\d");
		}
	}

	@Test
	void usageInPartsIsTheSameRowsInTheSameOrderCutIntoPartsOfAboutTheSameSize() throws IOException {
		Path single = generate("single", "--customers=200", "--seed=3", "--samples");
		Path parts = generate("parts", "--customers=200", "--seed=3", "--samples", "--usage-parts=4");
		assertThat(parts.resolve("usage.csv")).doesNotExist();
		byte[] usage = Files.readAllBytes(single.resolve("usage.csv"));
		String header = new String(usage, StandardCharsets.UTF_8).lines().findFirst().orElseThrow() + "\r\n";
		java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
		joined.writeBytes(header.getBytes(StandardCharsets.UTF_8));
		for (int part = 1; part <= 4; part++) {
			byte[] bytes = Files.readAllBytes(parts.resolve("usage/part-%04d.csv".formatted(part)));
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertThat(text).startsWith(header).endsWith("\r\n");
			assertThat((double) bytes.length).isCloseTo(usage.length / 4.0,
					org.assertj.core.data.Percentage.withPercentage(5));
			joined.write(bytes, header.length(), bytes.length - header.length());
		}
		assertThat(joined.toByteArray()).isEqualTo(usage);
		try (Stream<Path> files = Files.list(parts.resolve("usage"))) {
			assertThat(files).hasSize(4);
		}
	}

	@Test
	void badArgumentsExitWithTwoAndWriteNothing() {
		Path out = this.temp.resolve("never");
		assertThat(GenerateCommand.run(new String[] { "--customers=ten", "--seed=1", "--out=" + out })).isEqualTo(2);
		assertThat(GenerateCommand.run(new String[] { "--seed=1", "--out=" + out })).isEqualTo(2);
		assertThat(
				GenerateCommand.run(new String[] { "--customers=1", "--seed=1", "--out=" + out, "--period=10/2026" }))
			.isEqualTo(2);
		assertThat(GenerateCommand.run(new String[] { "--customers=1", "--seed=1", "--out=" + out, "--colour=red" }))
			.isEqualTo(2);
		assertThat(out).doesNotExist();
	}

	private Path generate(String name, String... options) {
		Path out = this.temp.resolve(name);
		String[] args = Stream.concat(Stream.of("--out=" + out), Stream.of(options)).toArray(String[]::new);
		assertThat(GenerateCommand.run(args)).isZero();
		return out;
	}

	private static List<CSVRecord> records(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.parse(reader).getRecords();
		}
	}

}
