package dev.aftercare.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help and refusals are answered from the arguments alone: no database starts, nothing is
 * written.
 */
class CommandLineTests {

	private static final Path SAMPLES = Path.of("samples").toAbsolutePath();

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "help" })
	void helpListsEveryOptionCommandAndExitCodeAndExitsZero(String help) {
		assertThat(answer(help)).hasValue(0);
		assertThat(stdout()).contains("--input=DIR", "--output=DIR", "--period=YYYY-MM", "--terms=FILE",
				"--exit-code-on-rejects", "--new-run", "--accept-shrink", "approve", "reset-database",
				"--aftercare.metrics.textfile-directory", "--aftercare.metrics.pushgateway-url",
				"logging.structured.format.console=ecs", "CI=true", "exit codes:");
		assertThat(stdout()).containsPattern("(?m)^  0 .*\n  1 .*\n  2 [\\s\\S]*\n  3 .*\n  4 .*\n  130/143 ");
		assertThat(stderr()).isEmpty();
	}

	@Test
	void helpIsGivenWhateverElseTheCommandLineHolds() {
		assertThat(answer("--period=2026-13", "--help")).hasValue(0);
		assertThat(stdout()).startsWith("usage: java -jar aftercare.jar --input=DIR");
	}

	@ParameterizedTest
	@ValueSource(strings = { "approve", "reset-database", "worker" })
	void eachCommandHasItsOwnHelp(String command) {
		assertThat(answer(command, "--help")).hasValue(0);
		String own = stdout();
		assertThat(own).startsWith("usage: java -jar aftercare.jar " + command);
		this.out.reset();
		assertThat(answer("help", command)).hasValue(0);
		assertThat(stdout()).isEqualTo(own);
	}

	@Test
	void approveHelpListsItsOptionsAndTheExitCodes() {
		assertThat(answer("approve", "--help")).hasValue(0);
		assertThat(stdout()).contains("--output=DIR", "--period=YYYY-MM", "--workbook=FILE", "exit codes:", "  3 ");
	}

	static Stream<Arguments> refusals() {
		return Stream.of(Arguments.of(List.of("--output=OUT"), "aftercare: --input=... is required; usage: "),
				Arguments.of(List.of("--input=SAMPLES", "--output=OUT", "--period=2026-13"),
						"aftercare: --period 2026-13 is not a month like 2026-10"),
				Arguments.of(List.of("--input=MISSING", "--output=OUT"),
						"aftercare: --input MISSING is not a directory"),
				Arguments.of(List.of("--input=SAMPLES", "--output=FILE"),
						"aftercare: --output FILE is not a directory"),
				Arguments.of(List.of("--input=SAMPLES", "--output=FILE/out"),
						"aftercare: --output FILE/out cannot be written: FILE is not a writable directory"),
				Arguments.of(List.of("--input=SAMPLES", "--output=OUT", "--terms=MISSING"),
						"aftercare: --terms MISSING is not a file"),
				Arguments.of(List.of("--input=SAMPLES", "--output=OUT", "--terms=FILE"), "aftercare: FILE: "),
				Arguments.of(List.of("--input=EMPTY", "--output=OUT"),
						"aftercare: input directory EMPTY has no customers.csv"),
				Arguments.of(List.of("--input=SAMPLES", "--output=OUT", "--exit-code-on-reject"),
						"aftercare: there is no option --exit-code-on-reject; --help lists them"),
				Arguments.of(List.of("--input=SAMPLES", "--output=OUT", "2026-10"),
						"aftercare: unexpected argument '2026-10': options are written --name=value; --help lists them"),
				Arguments.of(List.of("aprove", "--output=OUT"),
						"aftercare: there is no command 'aprove'; the commands are approve, reset-database, worker and help"),
				// the generator and the floor are in aftercare-tools.jar, not in the
				// job's jar
				Arguments.of(List.of("generate", "--customers=1"),
						"aftercare: there is no command 'generate'; the commands are approve, reset-database, worker and help"),
				Arguments.of(List.of("approve", "--output=OUT", "--period=2026-10", "--workbook=MISSING"),
						"aftercare: --workbook MISSING is not a readable file"),
				Arguments.of(List.of("approve", "--output=OUT", "--period=10/2026", "--workbook=FILE"),
						"aftercare: --period 10/2026 is not a month like 2026-10"),
				Arguments.of(List.of("approve", "--output=OUT", "--workbook=FILE"),
						"aftercare: --period=... is required once; --help lists the options"),
				Arguments.of(List.of("worker", "--spring.artemis.broker-url=tcp://localhost:61616"),
						"aftercare: a worker needs --spring.datasource.url=... (or SPRING_DATASOURCE_URL): the"
								+ " manager's database and broker; worker --help says more"),
				Arguments.of(List.of("worker", "--spring.datasource.url=jdbc:postgresql://db/aftercare", "--input=IN"),
						"aftercare: there is no option --input; --help lists them"));
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void aRefusalExitsTwoWithOneLineOnStderrAndWritesNothing(List<String> args, String expected) throws IOException {
		Path file = Files.writeString(this.temp.resolve("file.txt"), "not yaml: [");
		Files.createDirectories(this.temp.resolve("empty"));
		List<String> before = tree();
		String[] resolved = args.stream()
			.map((arg) -> arg.replace("SAMPLES", SAMPLES.toString())
				.replace("OUT", this.temp.resolve("out").toString())
				.replace("MISSING", this.temp.resolve("missing").toString())
				.replace("EMPTY", this.temp.resolve("empty").toString())
				.replace("FILE", file.toString()))
			.toArray(String[]::new);
		String expectedLine = expected.replace("MISSING", this.temp.resolve("missing").toString())
			.replace("EMPTY", this.temp.resolve("empty").toString())
			.replace("FILE", file.toString());
		assertThat(answer(resolved)).hasValue(2);
		assertThat(stderr().lines()).singleElement().asString().startsWith(expectedLine);
		assertThat(stdout()).isEmpty();
		assertThat(tree()).isEqualTo(before);
	}

	@Test
	void usageBothAsOneFileAndInPartsIsRefusedBeforeStartUp() throws IOException {
		Path input = Files.createDirectories(this.temp.resolve("both"));
		try (Stream<Path> files = Files.list(SAMPLES)) {
			for (Path file : files.toList()) {
				Files.copy(file, input.resolve(file.getFileName()));
			}
		}
		Files.createDirectories(input.resolve("usage"));
		Files.copy(SAMPLES.resolve("usage.csv"), input.resolve("usage/part-0001.csv"));
		assertThat(answer("--input=" + input, "--output=" + this.temp.resolve("out"))).hasValue(2);
		assertThat(stderr().lines()).containsExactly("aftercare: input directory " + input
				+ " has both usage.csv and usage/: give the usage as one of them");
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	@Test
	void aGoodRunGoesOnToStart() {
		assertThat(answer("--input=" + SAMPLES, "--output=" + this.temp.resolve("out"), "--period=2026-10",
				"--exit-code-on-rejects", "--aftercare.embedded-database.durable=false"))
			.isEmpty();
		assertThat(stderr()).isEmpty();
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	@Test
	void theRealMainRefusesBeforeTheDatabaseStarts() throws Exception {
		Path data = this.temp.resolve("pgdata");
		ChildJob job = ChildJob.start("0022", data, List.of(), "--input=" + SAMPLES,
				"--output=" + this.temp.resolve("out"), "--period=2026-13");
		assertThat(job.exitCode()).isEqualTo(2);
		assertThat(job.stderr()).containsExactly("aftercare: --period 2026-13 is not a month like 2026-10");
		assertThat(job.stdout()).isEmpty();
		assertThat(data).doesNotExist();
		assertThat(data.resolveSibling("pgdata.lock")).doesNotExist();
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	private OptionalInt answer(String... args) {
		return CommandLine.answer(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private List<String> tree() throws IOException {
		try (Stream<Path> paths = Files.walk(this.temp)) {
			return paths.map(Path::toString).sorted().toList();
		}
	}

}
