package dev.aftercare.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code reset-database} deletes the embedded database only when it is safe to. */
class ResetDatabaseTests {

	@TempDir
	Path temp;

	private Path data;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void aDataDirectory() throws IOException {
		this.data = Files.createDirectories(this.temp.resolve("pgdata"));
		Files.writeString(this.data.resolve("PG_VERSION"), "17\n");
		Files.createDirectories(this.data.resolve("base/1"));
		Files.writeString(this.data.resolve("base/1/1259"), "a table");
	}

	@Test
	void withYesItDeletesTheDataDirectory() {
		assertThat(reset("--yes")).hasValue(0);
		assertThat(this.data).doesNotExist();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo("aftercare: deleted the embedded database in "
				+ this.data + "; the next run creates a new one and starts from nothing\n");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void withoutYesItDeletesNothing() {
		assertThat(reset()).hasValue(2);
		assertThat(oneErrorLine()).isEqualTo("aftercare: reset-database deletes " + this.data
				+ " (ledger, decisions, run history) and deletes nothing without --yes");
		assertThat(this.data.resolve("base/1/1259")).exists();
	}

	@Test
	void itRefusesWhileARunHoldsTheDatabase() throws IOException {
		try (DataDirectoryLock held = DataDirectoryLock.claim(this.data, null, Duration.ZERO)) {
			assertThat(reset("--yes")).hasValue(3);
		}
		assertThat(oneErrorLine()).isEqualTo("aftercare: a run or approve is using the embedded database in "
				+ this.data + "; nothing was deleted, try again once it has ended");
		assertThat(this.data.resolve("base/1/1259")).exists();
	}

	@Test
	void itRefusesADirectoryThatIsNoDatabase() throws IOException {
		Files.delete(this.data.resolve("PG_VERSION"));
		assertThat(reset("--yes")).hasValue(2);
		assertThat(oneErrorLine()).isEqualTo("aftercare: " + this.data
				+ " is not a PostgreSQL data directory (it has no PG_VERSION); nothing was deleted");
		assertThat(this.data.resolve("base/1/1259")).exists();
	}

	@Test
	void itRefusesAServerDatabase() {
		assertThat(reset("--yes", "--spring.datasource.url=jdbc:postgresql://db.internal/aftercare")).hasValue(2);
		assertThat(oneErrorLine()).startsWith("aftercare: reset-database deletes only the embedded database");
		assertThat(this.data.resolve("base/1/1259")).exists();
	}

	@Test
	void aMissingDirectoryIsNothingToDelete() throws IOException {
		Path missing = this.temp.resolve("never");
		assertThat(CommandLine.answer(
				new String[] { "reset-database", "--yes", "--aftercare.embedded-database.data-directory=" + missing },
				print(this.out), print(this.err)))
			.hasValue(0);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("nothing to delete");
		assertThat(missing).doesNotExist();
	}

	private OptionalInt reset(String... options) {
		String[] args = new String[options.length + 2];
		args[0] = "reset-database";
		args[1] = "--aftercare.embedded-database.data-directory=" + this.data;
		System.arraycopy(options, 0, args, 2, options.length);
		return CommandLine.answer(args, print(this.out), print(this.err));
	}

	private String oneErrorLine() {
		String stderr = this.err.toString(StandardCharsets.UTF_8);
		assertThat(stderr.lines()).hasSize(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
		return stderr.strip();
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
