package dev.aftercare.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FloorCommandTests {

	@TempDir
	Path temp;

	@Test
	void loadsEveryCsvFileAndCountsRecordsNotLines() throws IOException {
		Path input = Files.createDirectories(this.temp.resolve("input"));
		Files.writeString(input.resolve("customers.csv"), "customer_id,name\nC1,Acme\nC2,\"Globex, Inc.\"\n");
		Files.writeString(input.resolve("incident_events.csv"),
				"incident_id,message\nI1,\"two\nlines\"\nI1,\"a \"\"quoted\"\" word\"\nI2,plain\n");
		Files.writeString(input.resolve("terms.yml"), "not: loaded\n");
		Path data = this.temp.resolve("pg");

		List<String> lines = floor("--input=" + input, "--data-directory=" + data);

		assertThat(lines).anyMatch((line) -> line.matches("start data_directory=.* seconds=\\d+\\.\\d{3}"))
			.anyMatch((line) -> line.matches("file=customers\\.csv rows=2 seconds=\\d+\\.\\d{3}"))
			.anyMatch((line) -> line.matches("file=incident_events\\.csv rows=3 seconds=\\d+\\.\\d{3}"));
		assertThat(lines.get(lines.size() - 1))
			.matches("floor_seconds=\\d+\\.\\d{3} start_seconds=\\d+\\.\\d{3} copy_and_start_seconds=\\d+\\.\\d{3}"
					+ " rows=5 files=2");
		assertThat(data.resolve("PG_VERSION")).exists();
	}

	@Test
	void withoutDataDirectoryLeavesNoTemporaryOneBehind() throws IOException {
		Path input = Files.createDirectories(this.temp.resolve("input"));
		Files.writeString(input.resolve("usage.csv"), "customer_id,requests\nC1,10\n");
		String tmp = System.getProperty("java.io.tmpdir");
		List<Path> before = floorDirectories(Path.of(tmp));

		List<String> lines = floor("--input=" + input);

		assertThat(lines.get(lines.size() - 1)).endsWith(" rows=1 files=1");
		assertThat(floorDirectories(Path.of(tmp))).isEqualTo(before);
	}

	@Test
	void badArgumentsOrInputExitWithTwo() throws IOException {
		Path empty = Files.createDirectories(this.temp.resolve("empty"));
		assertThat(FloorCommand.run(new String[] {})).isEqualTo(2);
		assertThat(FloorCommand.run(new String[] { "--input=" + empty, "--colour=red" })).isEqualTo(2);
		assertThat(FloorCommand.run(new String[] { "--input=" + this.temp.resolve("missing") })).isEqualTo(2);
		assertThat(FloorCommand.run(new String[] { "--input=" + empty })).isEqualTo(2);
	}

	private static List<String> floor(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit = FloorCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		String out = bytes.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(out).isZero();
		return out.lines().toList();
	}

	private static List<Path> floorDirectories(Path tmp) throws IOException {
		try (var entries = Files.list(tmp)) {
			return entries.filter((path) -> path.getFileName().toString().startsWith("aftercare-floor-pg"))
				.sorted()
				.toList();
		}
	}

}
