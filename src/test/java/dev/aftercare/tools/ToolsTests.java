package dev.aftercare.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ToolsTests {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@ValueSource(strings = { "help", "--help", "-h" })
	void helpListsBothToolsAndExitsZero(String help) {
		assertThat(run(help)).isZero();
		assertThat(stdout()).startsWith("usage: java -jar aftercare-tools.jar COMMAND")
			.contains("\n  generate ", "\n  floor ", "\n  help [COMMAND] ");
		assertThat(stderr()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "generate", "floor" })
	void eachToolHasItsOwnHelp(String command) {
		assertThat(run(command, "--help")).isZero();
		String own = stdout();
		assertThat(own).startsWith("usage: java -jar aftercare-tools.jar " + command + " ").contains("exit codes:");
		this.out.reset();
		assertThat(run("help", command)).isZero();
		assertThat(stdout()).isEqualTo(own);
	}

	@Test
	void anUnknownCommandIsRefusedWithTwo() {
		assertThat(run("run", "--input=x")).isEqualTo(2);
		assertThat(stderr()).isEqualTo(
				"aftercare-tools: there is no command 'run'; the commands are generate, floor, broker, database and help\n");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void generateRunsTheGenerator() throws Exception {
		Path month = this.temp.resolve("month");
		assertThat(run("generate", "--customers=3", "--seed=1", "--out=" + month)).isZero();
		assertThat(month.resolve("customers.csv")).isRegularFile();
		assertThat(Files.readAllLines(month.resolve("customers.csv"))).hasSize(4);
	}

	private int run(String... args) {
		return Tools.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
