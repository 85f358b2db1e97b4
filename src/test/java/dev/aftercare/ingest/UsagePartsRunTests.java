package dev.aftercare.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.util.FileSystemUtils;

import dev.aftercare.generate.GenerateCommand;
import dev.aftercare.run.ExitCode;
import dev.aftercare.system.JobTestSupport;
import dev.aftercare.system.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated month run twice: with its usage as one {@code usage.csv}, and with the same
 * rows cut into four parts under {@code usage/}, read as partitions. The answers are the
 * same; only a usage reject's file and line tell where its row was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsagePartsRunTests extends JobTestSupport {

	private static final String PERIOD = "2026-10";

	private Path single;

	private Path parts;

	private Path partsInput;

	private final List<Path> made = new ArrayList<>();

	@BeforeAll
	void runTheMonthBothWays() throws IOException {
		Path singleInput = generate("usage-single");
		this.partsInput = generate("usage-parts", "--usage-parts=4");
		spoilTheFirstRowOfPartTwo(singleInput, this.partsInput);
		this.single = output(singleInput, "usage-single-out");
		this.parts = output(this.partsInput, "usage-parts-out");
	}

	/** Two months of 2,000 customers, 10 MB of usage each, and what the runs wrote. */
	@AfterAll
	void deleteTheMonths() throws IOException {
		for (Path dir : this.made) {
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	@Test
	void creditsAndAffectedAreTheSameBytes() throws IOException {
		for (String file : List.of("credits.csv", "affected_customers.csv")) {
			assertThat(this.parts.resolve(file)).as(file).hasSameBinaryContentAs(this.single.resolve(file));
		}
		assertThat(Files.readAllLines(this.parts.resolve("credits.csv"))).hasSizeGreaterThan(100);
	}

	@Test
	void aUsageRejectNamesItsPartAndItsLineInThePart() throws IOException {
		List<String> singleRejects = Files.readAllLines(this.single.resolve("rejects.csv"));
		List<String> partRejects = Files.readAllLines(this.parts.resolve("rejects.csv"));
		assertThat(singleRejects.stream().filter((line) -> line.startsWith("usage"))).containsExactly(
				"usage.csv,56280,\"C000484,search,ap-northeast,2026-10-06,-1,0\",requests '-1' is not a whole number ≥ 0",
				"usage.csv,225420,\"C000001,api,eu-west,2026-10-01,100,150\",errors '150' is more than requests '100'",
				"usage.csv,225421,\"CX00404,api,eu-west,2026-10-01,100,0\",unknown customer_id 'CX00404'",
				"usage.csv,225422,\"C000001,api,eu-west,2026-10-01,-5,0\",requests '-5' is not a whole number ≥ 0",
				"usage.csv,225423,\"C000001,api,eu-west,2026-10-32,100,0\",date '2026-10-32' is not a date YYYY-MM-DD",
				"usage.csv,225424,\"C000001,api,eu-west,2026-10-01,lots,0\",requests 'lots' is not a whole number ≥ 0");
		assertThat(partRejects.stream().filter((line) -> line.startsWith("usage"))).containsExactly(
				"usage/part-0002.csv,2,\"C000484,search,ap-northeast,2026-10-06,-1,0\",requests '-1' is not a whole number ≥ 0",
				"usage/part-0004.csv,56441,\"C000001,api,eu-west,2026-10-01,100,150\",errors '150' is more than requests '100'",
				"usage/part-0004.csv,56442,\"CX00404,api,eu-west,2026-10-01,100,0\",unknown customer_id 'CX00404'",
				"usage/part-0004.csv,56443,\"C000001,api,eu-west,2026-10-01,-5,0\",requests '-5' is not a whole number ≥ 0",
				"usage/part-0004.csv,56444,\"C000001,api,eu-west,2026-10-32,100,0\",date '2026-10-32' is not a date YYYY-MM-DD",
				"usage/part-0004.csv,56445,\"C000001,api,eu-west,2026-10-01,lots,0\",requests 'lots' is not a whole number ≥ 0");
		// part 1 is lines 1 to 56279 of the single file, header included: line 56280
		// there is line 2, the first after the header, of part 2. The other files'
		// rejects are the same lines
		assertThat(partRejects.stream().filter((line) -> !line.startsWith("usage")))
			.containsExactlyElementsOf(singleRejects.stream().filter((line) -> !line.startsWith("usage")).toList());
	}

	@Test
	void theSummaryCountsEachPartAndTheyAddUpToTheSingleFile() throws IOException {
		JsonNode singleSummary = summary(this.single);
		JsonNode parts = summary(this.parts);
		JsonNode usage = singleSummary.get("files").get("usage.csv");
		List<String> names = new ArrayList<>();
		parts.get("files").fieldNames().forEachRemaining(names::add);
		assertThat(names).containsExactly("customers.csv", "subscriptions.csv", "incidents.csv", "incident_events.csv",
				"usage/part-0001.csv", "usage/part-0002.csv", "usage/part-0003.csv", "usage/part-0004.csv",
				"tickets.csv");
		for (String count : List.of("read", "accepted", "rejected")) {
			long sum = 0;
			for (int part = 1; part <= 4; part++) {
				sum += parts.get("files").get("usage/part-%04d.csv".formatted(part)).get(count).asLong();
			}
			assertThat(sum).as(count).isEqualTo(usage.get(count).asLong());
		}
		assertThat(usage.get("rejected").asLong()).isEqualTo(6);
		assertThat(parts.get("totals_per_currency")).isEqualTo(singleSummary.get("totals_per_currency"));
		Map<String, Long> byReason = new TreeMap<>();
		parts.get("rejects").fields().forEachRemaining((file) -> {
			if (file.getKey().startsWith("usage/")) {
				file.getValue()
					.fields()
					.forEachRemaining(
							(reason) -> byReason.merge(reason.getKey(), reason.getValue().asLong(), Long::sum));
			}
		});
		Map<String, Long> single = new TreeMap<>();
		singleSummary.get("rejects")
			.get("usage.csv")
			.fields()
			.forEachRemaining((reason) -> single.put(reason.getKey(), reason.getValue().asLong()));
		assertThat(byReason).isEqualTo(single).containsEntry("requests '…' is not a whole number ≥ 0", 3L);
	}

	@Test
	void aPartitionThatFailsIsReadAgainAloneOnRestartToTheSameOutputs() throws IOException {
		Map<String, java.math.BigDecimal> ledger = ledger(PERIOD);
		Path output = temporaryDirectory("usage-parts-restart");
		this.made.add(output);
		this.faults.failOnce("ingestUsagePart:usage-0003", 1);
		RunOutcome failed = run(this.partsInput, output, PERIOD);
		assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(failed.message()).contains("injected fault");
		RunOutcome restarted = run(this.partsInput, output, PERIOD);
		assertThat(restarted.succeeded()).isTrue();
		assertThat(restarted.parameters().run()).isEqualTo(failed.parameters().run());
		assertThat(partitionsRun(restarted)).containsExactly("ingestUsagePart:usage-0003");
		Path period = output.resolve(PERIOD);
		for (String file : List.of("credits.csv", "affected_customers.csv", "rejects.csv")) {
			assertThat(period.resolve(file)).as(file).hasSameBinaryContentAs(this.parts.resolve(file));
		}
		assertThat(summary(period).get("files")).isEqualTo(summary(this.parts).get("files"));
		assertThat(ledger(PERIOD)).isEqualTo(ledger);
	}

	@Test
	void aPartThatBreaksOffStopsTheRunNamingThePartAndItsLine() throws IOException {
		Path input = copyOf(Path.of("samples"));
		List<String> rows = Files.readAllLines(input.resolve("usage.csv"));
		Files.delete(input.resolve("usage.csv"));
		Path parts = Files.createDirectories(input.resolve("usage"));
		Files.write(parts.resolve("part-0001.csv"), rows.subList(0, 18_001));
		List<String> second = new ArrayList<>(rows.subList(0, 1));
		second.addAll(rows.subList(18_001, rows.size()));
		// a quote that never closes, after the 18,000 rows of the part
		second.add("C000001,api,eu-west,\"2026-10-31,5");
		Files.write(parts.resolve("part-0002.csv"), second);
		Path output = temporaryDirectory("usage-parts-broken");
		this.made.addAll(List.of(input, output));
		RunOutcome failed = run(input, output, PERIOD);
		assertThat(failed.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
		assertThat(failed.message()).contains("usage/part-0002.csv line 18002: malformed CSV");
	}

	/** The usage partitions the last execution of the outcome's run ran. */
	private List<String> partitionsRun(RunOutcome outcome) {
		return this.jdbc.queryForList("""
				SELECT s.step_name FROM batch_step_execution s
				WHERE s.job_execution_id = (SELECT max(e.job_execution_id) FROM batch_job_execution e
				                            WHERE e.job_instance_id = ?)
				  AND s.step_name LIKE 'ingestUsagePart:%'
				ORDER BY s.step_name
				""", String.class, runIdOf(outcome));
	}

	/**
	 * The first row of the second part, and the same row of the single file, given
	 * requests of -1: a reject in the middle of the usage, not only at its end.
	 */
	private static void spoilTheFirstRowOfPartTwo(Path singleInput, Path partsInput) throws IOException {
		Path part = partsInput.resolve("usage/part-0002.csv");
		String row = Files.readString(part).split("\r\n")[1];
		String[] cells = row.split(",", -1);
		cells[4] = "-1";
		String spoiled = String.join(",", cells);
		for (Path file : List.of(part, singleInput.resolve("usage.csv"))) {
			String text = Files.readString(file);
			assertThat(text.split("\r\n" + row + "\r\n", -1)).hasSize(2);
			Files.writeString(file, text.replace("\r\n" + row + "\r\n", "\r\n" + spoiled + "\r\n"));
		}
	}

	private Path generate(String name, String... options) throws IOException {
		Path input = temporaryDirectory(name);
		this.made.add(input);
		List<String> args = new ArrayList<>(
				List.of("--customers=2000", "--seed=21", "--period=" + PERIOD, "--samples", "--out=" + input));
		args.addAll(List.of(options));
		assertThat(GenerateCommand.run(args.toArray(String[]::new))).isZero();
		return input;
	}

	private Path output(Path input, String name) {
		Path output = temporaryDirectory(name);
		this.made.add(output);
		RunOutcome outcome = run(input, output, PERIOD);
		assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.SUCCESS);
		return output.resolve(PERIOD);
	}

	private static JsonNode summary(Path period) throws IOException {
		return new ObjectMapper().readTree(period.resolve("run-summary.json").toFile());
	}

}
