package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run on the samples: chosen customers get exactly the credits the contract
 * gives them, and every row read is accounted for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplesRunTests extends JobTestSupport {

	private Path month;

	@BeforeAll
	void runTheSamples() {
		Path output = temporaryDirectory("samples-out");
		assertThat(run(Path.of("samples"), output, "2026-10").succeeded()).isTrue();
		this.month = output.resolve("2026-10");
	}

	@Test
	void chosenCustomersGetExactCredits() throws IOException {
		List<String> credits = lines("credits.csv");
		assertThat(credits).hasSize(524);
		// 467.5 weighted minutes of 44,640: uptime below 99.0, so 25 % of 2430.90 =
		// 607.725
		assertThat(credits).contains(
				"2026-10|C000001|Müller & Söhne GmbH|enterprise|storage|eu-west|EUR|2430.90|467.50|98.9527|99.95|25|sla|607.73|INC-202610-14");
		// below 95 %: the whole fee, in yen
		assertThat(credits).contains(
				"2026-10|C000005|株式会社さくらテック|enterprise|search|ap-northeast|JPY|268000|2330.00|94.7805|99.95|100|sla|268000|INC-202610-11");
		// a plan without SLA: 5 % goodwill of 12.90 = 0.645
		assertThat(credits).contains(
				"2026-10|C000004|Café Olé, S.L.|free|storage|eu-west|EUR|12.90|467.50|98.9527||5|goodwill|0.65|INC-202610-14");
		// excluded incidents only: listed, no downtime
		assertThat(credits).contains(
				"2026-10|C000005|株式会社さくらテック|enterprise|api|ap-northeast|JPY|742500|0.00|100.0000|99.95|0|none|0|INC-202610-12;INC-202610-13");
	}

	@Test
	void everyRowReadIsAccountedFor() throws IOException {
		JsonNode files = new ObjectMapper().readTree(this.month.resolve("run-summary.json").toFile()).get("files");
		assertThat(files.size()).isEqualTo(6);
		long rejected = 0;
		for (JsonNode counts : files) {
			assertThat(counts.get("read").asLong())
				.isEqualTo(counts.get("accepted").asLong() + counts.get("rejected").asLong());
			rejected += counts.get("rejected").asLong();
		}
		assertThat(lines("rejects.csv")).hasSize((int) rejected);
		assertThat(files.get("usage.csv").get("read").asLong()).isEqualTo(36000);
	}

	@Test
	void theSummaryOfTheSamplesGivesEveryFieldOpsRead() throws Exception {
		JsonNode summary = new ObjectMapper().readTree(this.month.resolve("run-summary.json").toFile());
		assertThat(summary.get("status").textValue()).isEqualTo("completed");
		assertThat(summary.get("exit_code").intValue()).isZero();
		assertThat(summary.get("version").textValue()).isNotBlank().isNotEqualTo("unknown");
		Path terms = Path.of("samples/terms.yml").toAbsolutePath();
		assertThat(summary.get("terms").textValue()).isEqualTo(terms.toString());
		assertThat(summary.get("terms_sha256").textValue()).isEqualTo(java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(terms))));
		assertThat(summary.get("input").textValue()).isEqualTo(Path.of("samples").toAbsolutePath().toString());
		assertThat(summary.get("output").textValue()).isEqualTo(this.month.toAbsolutePath().toString());
		JsonNode totals = summary.get("totals_per_currency");
		assertThat(totals.get("EUR").get("credit_amount").textValue()).isEqualTo("5928.44");
		assertThat(totals.get("GBP").get("credit_amount").textValue()).isEqualTo("2706.43");
		assertThat(totals.get("JPY").get("credit_amount").textValue()).isEqualTo("361398");
		assertThat(totals.get("USD").get("credit_amount").textValue()).isEqualTo("11101.15");
		JsonNode rejects = summary.get("rejects");
		assertThat(rejects.get("subscriptions.csv").get("unknown customer_id '…'").longValue()).isEqualTo(2);
		assertThat(rejects.get("usage.csv").get("requests '…' is not a whole number ≥ 0").longValue()).isEqualTo(2);
		long byReason = 0;
		for (JsonNode file : rejects) {
			for (JsonNode count : file) {
				byReason += count.longValue();
			}
		}
		assertThat(byReason).isEqualTo(lines("rejects.csv").size()).isEqualTo(33);
	}

	@Test
	void aUsageFileThatBreaksOffHalfWayLeavesNothingKeptAndTheRerunCountsItOnce() throws IOException {
		Path input = copyOf(Path.of("samples"));
		byte[] usage = Files.readAllBytes(input.resolve("usage.csv"));
		// a quote that never closes: the whole file has been read and its rejects noted
		// before the parser finds it
		Files.write(input.resolve("usage.csv"), "C000001,api,eu-west,\"2026-10-31,5\n".getBytes(StandardCharsets.UTF_8),
				java.nio.file.StandardOpenOption.APPEND);
		Path output = temporaryDirectory("samples-restart");
		RunOutcome failed = run(input, output, "2026-10");
		assertThat(failed.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
		assertThat(failed.message()).contains("usage.csv line 36002");
		long failedRun = runIdOf(failed);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM reliance WHERE run_id = ?", Long.class, failedRun))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM input_reject WHERE run_id = ? AND file = 'usage.csv'",
				Long.class, failedRun))
			.isZero();
		Files.write(input.resolve("usage.csv"), usage);
		assertThat(run(input, output, "2026-10").succeeded()).isTrue();
		assertThat(Files.readAllBytes(output.resolve("2026-10/credits.csv")))
			.isEqualTo(Files.readAllBytes(this.month.resolve("credits.csv")));
		JsonNode usageCounts = new ObjectMapper().readTree(output.resolve("2026-10/run-summary.json").toFile())
			.get("files")
			.get("usage.csv");
		assertThat(usageCounts.get("read").asLong()).isEqualTo(36000);
		assertThat(usageCounts.get("accepted").asLong()).isEqualTo(35995);
	}

	private List<String> lines(String name) throws IOException {
		try (Reader reader = Files.newBufferedReader(this.month.resolve(name), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.getRecords()
				.stream()
				.map((record) -> String.join("|", record.toList()))
				.toList();
		}
	}

}
