package dev.aftercare.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.aftercare.run.ExitCode;
import dev.aftercare.system.JobTestSupport;
import dev.aftercare.system.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on a small October with hostile rows among the good ones (issue #19): a
 * NUL, a 10 MB name, bytes that are not UTF-8, a control character, a 300-character
 * incident id, ids that make unsafe file names. Each bad row is a reject with its file,
 * line and reason, the run succeeds, and the good rows get the credits they get without
 * the bad ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRowsRunTests extends JobTestSupport {

	private static final Path GOOD = Path.of("src/test/resources/runs/postmortems");

	private static final String UNICODE_ID = "障害-" + "東".repeat(150);

	private Path period;

	private RunOutcome outcome;

	@BeforeAll
	void runOctoberWithHostileRows() throws IOException {
		Path input = temporaryDirectory("hostile-in");
		try (Stream<Path> files = Files.list(GOOD)) {
			for (Path file : files.toList()) {
				Files.copy(file, input.resolve(file.getFileName()));
			}
		}
		ByteArrayOutputStream customers = new ByteArrayOutputStream();
		customers.writeBytes(utf8("C-NUL,Bad\u0000Name,business,EUR\n"));
		customers.writeBytes(utf8("C-HUGE,\"" + "x".repeat(10 * 1024 * 1024) + "\",business,EUR\n"));
		customers.writeBytes(utf8("C-BYTES,Caf"));
		customers.write(0xC3);
		customers.writeBytes(utf8(",business,EUR\n"));
		customers.writeBytes(utf8("C-LATE,\"Late\nLtd\",business,EUR\n"));
		customers.writeBytes(utf8("C-CTRL,Bell Ltd,business,EUR,,x\u0007@bell.test\n"));
		append(input.resolve("customers.csv"), customers.toByteArray());
		append(input.resolve("incidents.csv"), utf8(
				incident("INC-" + "9".repeat(296)) + incident(UNICODE_ID) + incident("INC/1") + incident("INC_1")));
		append(input.resolve("incident_events.csv"),
				utf8("INC-1,2026-10-06T14:31:00Z,note,,,,internal,,Ana,a\u0000b\n"));
		append(input.resolve("usage.csv"), utf8("C-CAFE\u0000,api,eu-west,2026-10-05,1,0\n"));
		Path output = temporaryDirectory("hostile-out");
		this.outcome = run(input, output, "2026-10");
		this.period = output.resolve("2026-10");
	}

	// a short search outage in a region no one uses: a postmortem, no credit
	private static String incident(String id) {
		return id + ",Slow search,SEV3,incident,search,us-east,2026-10-20T08:00:00Z,,2026-10-20T09:00:00Z,,,,,,,\n";
	}

	@Test
	void theRunSucceedsWithTheRejectsCounted() throws IOException {
		assertThat(this.outcome.exitCode()).isEqualTo(ExitCode.SUCCESS);
		assertThat(this.outcome.rejectedRows()).isEqualTo(7);
		JsonNode files = new ObjectMapper().readTree(this.period.resolve("run-summary.json").toFile()).get("files");
		assertThat(counts(files, "customers.csv")).containsExactly(9L, 5L, 4L);
		assertThat(counts(files, "incidents.csv")).containsExactly(7L, 6L, 1L);
		assertThat(counts(files, "incident_events.csv")).containsExactly(15L, 14L, 1L);
		assertThat(counts(files, "usage.csv")).containsExactly(6L, 5L, 1L);
	}

	@Test
	void eachRejectNamesItsFileLineAndColumn() throws IOException {
		assertThat(records("rejects.csv"))
			.extracting((r) -> r.get("file") + ":" + r.get("line") + " " + r.get("reason"))
			.containsExactly("customers.csv:6 name holds a NUL byte at character 4",
					"customers.csv:7 name has more than 5,000 characters, over its limit of 300",
					"customers.csv:8 name holds bytes that are not valid UTF-8 at character 4",
					"customers.csv:11 email holds the control character U+0007 at character 2",
					"incidents.csv:5 incident_id has 300 characters, over its limit of 200",
					"incident_events.csv:16 message holds a NUL byte at character 2",
					"usage.csv:7 customer_id holds a NUL byte at character 7");
	}

	@Test
	void theRejectsFileStaysReadable() throws IOException {
		List<String> rejected = records("rejects.csv").stream().map((r) -> r.get("record")).toList();
		assertThat(rejected.get(0)).isEqualTo("C-NUL,Bad␀Name,business,EUR");
		assertThat(rejected.get(1)).startsWith("C-HUGE,xxx")
			.endsWith("x" + RejectText.CUT)
			.hasSize(RejectText.MAX + RejectText.CUT.length());
		assertThat(rejected.get(2)).isEqualTo("C-BYTES,Caf\uFFFD,business,EUR");
		assertThat(rejected.get(3)).isEqualTo("C-CTRL,Bell Ltd,business,EUR,,x␇@bell.test");
	}

	@Test
	void goodRowsKeepTheirCredits() throws IOException {
		assertThat(records("credits.csv"))
			.extracting((r) -> r.get("customer_id") + " " + r.get("service") + " " + r.get("region") + " "
					+ r.get("credit_amount") + " " + r.get("incident_ids"))
			.containsExactly("C-CAFE api eu-west 4.00 INC-1", "C-ENT api eu-west 50.00 INC-1",
					"C-ENT storage eu-west 0.00 INC-2", "C-JP api ap-northeast 12000 INC-1",
					"C-STORE storage eu-west 0.00 INC-2");
	}

	@Test
	void everyIncidentGetsItsOwnSafelyNamedPostmortem() throws IOException {
		List<String> markdown;
		try (Stream<Path> files = Files.walk(this.period)) {
			markdown = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".md"))
				.sorted()
				.toList();
		}
		assertThat(markdown).hasSize(5);
		// INC/1 and INC_1 apart, and the 153-character Japanese id short and ASCII
		assertThat(markdown.subList(0, 2)).containsExactly("INC-1.md", "INC-2.md");
		assertThat(markdown.get(2)).matches("INC_1-[0-9a-f]{8}\\.md");
		assertThat(markdown.get(3)).isEqualTo("INC_1.md");
		assertThat(markdown.get(4)).matches("incident-[0-9a-f]{8}\\.md");
	}

	private static List<Long> counts(JsonNode files, String file) {
		JsonNode counts = files.get(file);
		return List.of(counts.get("read").asLong(), counts.get("accepted").asLong(), counts.get("rejected").asLong());
	}

	private List<CSVRecord> records(String name) throws IOException {
		try (Reader reader = Files.newBufferedReader(this.period.resolve(name), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static void append(Path file, byte[] bytes) throws IOException {
		Files.write(file, bytes, StandardOpenOption.APPEND);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
