package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on a small October whose every credit was worked out by hand from the
 * contract.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditRunIntegrationTests extends JobTestSupport {

	private static final Path INPUT = Path.of("src/test/resources/runs/october");

	private Path output;

	private RunOutcome outcome;

	@BeforeAll
	void runOctober() {
		this.output = temporaryDirectory("aftercare-out");
		this.outcome = run(INPUT, this.output, "2026-10");
	}

	@Test
	void theRunSucceedsDespiteRejectedRows() {
		assertThat(this.outcome.exitCode()).isEqualTo(ExitCode.SUCCESS);
		assertThat(this.outcome.rejectedRows()).isEqualTo(8);
		assertThat(this.output.resolve("2026-10")).isDirectoryContaining("glob:**/credits.csv")
			.isDirectoryContaining("glob:**/affected_customers.csv")
			.isDirectoryContaining("glob:**/rejects.csv")
			.isDirectoryContaining("glob:**/run-summary.json")
			.isDirectoryContaining("glob:**/credit_adjustments.csv");
	}

	@Test
	void creditsAreExactToTheMinorUnit() throws IOException {
		Map<String, CSVRecord> credits = csv("credits.csv").stream()
			.collect(Collectors.toMap((r) -> r.get("customer_id") + "/" + r.get("service"), (r) -> r));
		assertThat(credits).hasSize(6);
		// 480 weighted minutes: overlapping INC-A and INC-B count once, INC-C is
		// announced maintenance
		assertThat(line(credits.get("C-ENT/api"))).isEqualTo(
				"2026-10|C-ENT|Northwind Analytics|enterprise|api|eu-west|USD|99.95|480.00|98.9247|99.95|25|sla|24.99|INC-A;INC-B;INC-C;INC-D;INC-G");
		// 135 minutes in ap-northeast: 10 % of 12345 yen is 1234.5, rounded half-up
		assertThat(line(credits.get("C-JPY/api"))).isEqualTo(
				"2026-10|C-JPY|株式会社サクラ|business|api|ap-northeast|JPY|12345|135.00|99.6976|99.9|10|sla|1235|INC-A;INC-B");
		assertThat(credits.get("C-FREE/api").get("basis")).isEqualTo("goodwill");
		assertThat(credits.get("C-FREE/api").get("sla_target")).isEmpty();
		assertThat(credits.get("C-FREE/api").get("credit_amount")).isEqualTo("1.00");
		// 5 % of 15.50 is 0.775
		assertThat(credits.get("C-FREE/dashboard").get("credit_amount")).isEqualTo("0.78");
		assertThat(credits.get("C-EVIL/api").get("customer_name")).isEqualTo("=HYPERLINK(\"http://evil.test\",\"x\")");
		assertThat(credits.get("C-EVIL/api").get("credit_amount")).isEqualTo("2.50");
		// started during INC-G: only its part after midnight counts; INC-H was caused by
		// the customer
		assertThat(line(credits.get("C-NEW/api"))).isEqualTo(
				"2026-10|C-NEW|Fresh Start, Ltd|starter|api|eu-west|GBP|30.00|180.00|99.5968|99.5|0|none|0.00|INC-D;INC-G;INC-H");
		assertThat(credits).doesNotContainKeys("C-IDLE/api", "C-OLD/api");
	}

	@Test
	void creditsAreSortedByCustomerServiceAndRegion() throws IOException {
		assertThat(csv("credits.csv")).extracting((r) -> r.get("customer_id") + "/" + r.get("service"))
			.containsExactly("C-ENT/api", "C-EVIL/api", "C-FREE/api", "C-FREE/dashboard", "C-JPY/api", "C-NEW/api");
	}

	@Test
	void affectedCustomersListEveryIncidentAndSubscription() throws IOException {
		List<CSVRecord> affected = csv("affected_customers.csv");
		assertThat(affected).hasSize(21);
		assertThat(affected).filteredOn((r) -> r.get("incident_id").equals("INC-A"))
			.extracting((r) -> r.get("customer_id"))
			.containsExactly("C-ENT", "C-EVIL", "C-FREE", "C-JPY");
		CSVRecord asia = affected.stream()
			.filter((r) -> r.get("incident_id").equals("INC-A") && r.get("customer_id").equals("C-JPY"))
			.findFirst()
			.orElseThrow();
		assertThat(line(asia))
			.isEqualTo("INC-A|C-JPY|api|ap-northeast|2026-10-05T10:00:00Z|2026-10-05T13:00:00Z|180.00|90.00|false");
		CSVRecord monthEnd = affected.stream()
			.filter((r) -> r.get("incident_id").equals("INC-D") && r.get("customer_id").equals("C-ENT"))
			.findFirst()
			.orElseThrow();
		// the whole incident, not cut to the period; the +02:00 resolution is 01:00 UTC
		assertThat(line(monthEnd))
			.isEqualTo("INC-D|C-ENT|api|eu-west|2026-10-31T23:00:00Z|2026-11-01T01:00:00Z|120.00|120.00|false");
		assertThat(affected).filteredOn((r) -> r.get("incident_id").equals("INC-C"))
			.allSatisfy((r) -> assertThat(r.get("excluded")).isEqualTo("true"))
			.allSatisfy((r) -> assertThat(r.get("downtime_minutes")).isEqualTo("0.00"));
		assertThat(affected).noneMatch((r) -> r.get("incident_id").equals("INC-E"));
	}

	@Test
	void everyRowReadIsAccountedFor() throws IOException {
		JsonNode files = summary().get("files");
		assertThat(files.size()).isEqualTo(6);
		files.fields().forEachRemaining((file) -> {
			JsonNode counts = file.getValue();
			assertThat(counts.get("read").asLong()).as(file.getKey())
				.isEqualTo(counts.get("accepted").asLong() + counts.get("rejected").asLong());
		});
		assertThat(files.get("customers.csv").get("read").asLong()).isEqualTo(8);
		assertThat(files.get("subscriptions.csv").get("rejected").asLong()).isEqualTo(2);
		assertThat(files.get("usage.csv").get("accepted").asLong()).isEqualTo(17);
		assertThat(files.get("tickets.csv").get("rejected").asLong()).isEqualTo(1);
	}

	@Test
	void theSummaryListsOpenIncidentsAndTotals() throws IOException {
		JsonNode summary = summary();
		assertThat(summary.get("open_incidents")).hasSize(1);
		assertThat(summary.get("open_incidents").get(0).get("incident_id").asText()).isEqualTo("INC-E");
		// strings with the currency's minor-unit decimals: no reader makes a double of
		// them
		assertThat(summary.get("totals_per_currency").get("USD").get("credit_amount").textValue()).isEqualTo("27.49");
		assertThat(summary.get("totals_per_currency").get("JPY").get("credit_amount").textValue()).isEqualTo("1235");
		assertThat(summary.get("totals_per_currency").get("GBP").get("by_basis").get("none").get("amount").textValue())
			.isEqualTo("0.00");
	}

	@Test
	void theSummarySaysHowTheRunEndedWithWhatVersionAndTerms() throws Exception {
		JsonNode summary = summary();
		assertThat(summary.get("status").textValue()).isEqualTo("completed");
		assertThat(summary.get("exit_code").intValue()).isZero();
		assertThat(summary.get("version").textValue()).matches("\\d+\\.\\d+\\.\\d+.*");
		byte[] bundled = Files.readAllBytes(Path.of("src/main/resources/default-terms.yml"));
		assertThat(summary.get("terms").textValue()).isEqualTo("bundled default");
		assertThat(summary.get("terms_sha256").textValue()).isEqualTo(
				java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bundled)));
		assertThat(summary.get("input").textValue()).isEqualTo(INPUT.toAbsolutePath().toString()).startsWith("/");
		assertThat(summary.get("output").textValue())
			.isEqualTo(this.output.resolve("2026-10").toAbsolutePath().toString());
	}

	@Test
	void theSummaryCountsRejectsPerFileAndReasonWithoutTheirValues() throws IOException {
		JsonNode summary = summary();
		JsonNode rejects = summary.get("rejects");
		summary.get("files").fields().forEachRemaining((file) -> {
			long byReason = 0;
			for (JsonNode count : rejects.path(file.getKey())) {
				byReason += count.longValue();
			}
			assertThat(byReason).as(file.getKey()).isEqualTo(file.getValue().get("rejected").longValue());
		});
		assertThat(rejects.get("customers.csv").get("duplicate key … (first accepted at line …)").longValue())
			.isEqualTo(1);
		assertThat(rejects.toString()).doesNotContain("C-ENT");
	}

	@Test
	void rejectsNameFileLineRecordAndReason() throws IOException {
		List<CSVRecord> rejects = csv("rejects.csv");
		assertThat(rejects).extracting((r) -> r.get("file") + ":" + r.get("line"))
			.containsExactly("customers.csv:9", "subscriptions.csv:10", "subscriptions.csv:11", "incidents.csv:10",
					"incident_events.csv:7", "incident_events.csv:8", "usage.csv:19", "tickets.csv:4");
		assertThat(rejects.get(0).get("record")).isEqualTo("C-ENT,Northwind Duplicate,business,USD,,,,,");
		assertThat(rejects.get(0).get("reason")).contains("duplicate");
		assertThat(rejects.get(4).get("reason")).contains("outside the incident's scope");
	}

	private JsonNode summary() throws IOException {
		return new ObjectMapper().readTree(this.output.resolve("2026-10/run-summary.json").toFile());
	}

	private List<CSVRecord> csv(String name) throws IOException {
		try (Reader reader = Files.newBufferedReader(this.output.resolve("2026-10").resolve(name),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String line(CSVRecord record) {
		return String.join("|", record.toList());
	}

}
