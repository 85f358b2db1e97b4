package dev.aftercare.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThat;

class InputFilesTests {

	@TempDir
	Path dir;

	@BeforeEach
	void allRequiredFiles() throws IOException {
		for (InputFile file : InputFile.values()) {
			if (!file.optional()) {
				Files.writeString(this.dir.resolve(file.fileName()), String.join(",", file.requiredColumns()) + "\n");
			}
		}
	}

	@Test
	void ticketsMayBeAbsent() {
		assertThatNoException().isThrownBy(() -> InputFiles.checkAll(this.dir));
		assertThat(InputFiles.present(this.dir, InputFile.TICKETS)).isFalse();
		assertThat(InputFiles.present(this.dir, InputFile.CUSTOMERS)).isTrue();
	}

	@Test
	void missingRequiredFileFails() throws IOException {
		Files.delete(this.dir.resolve("usage.csv"));
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> InputFiles.checkAll(this.dir))
			.withMessage("input directory " + this.dir + " has no usage.csv");
	}

	@Test
	void headerWithoutARequiredColumnFails() throws IOException {
		Files.writeString(this.dir.resolve("subscriptions.csv"), "customer_id,service,region,started_on\n");
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> InputFiles.checkAll(this.dir))
			.withMessage("subscriptions.csv line 1: header has no required column 'monthly_fee'");
	}

	@Test
	void presentTicketsAreCheckedToo() throws IOException {
		Files.writeString(this.dir.resolve("tickets.csv"), "ticket_id,customer_id,opened_at\n");
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> InputFiles.checkAll(this.dir))
			.withMessage("tickets.csv line 1: header has no required column 'channel'");
	}

	@Test
	void missingDirectoryFails() {
		Path missing = this.dir.resolve("nope");
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> InputFiles.checkAll(missing))
			.withMessageContaining(missing.toString());
	}

	@Test
	void usageMayComeInPartsEachOfWhichIsChecked() throws IOException {
		Files.delete(this.dir.resolve("usage.csv"));
		Files.createDirectory(this.dir.resolve("usage"));
		Files.writeString(this.dir.resolve("usage/part-0001.csv"), "customer_id,service,region,date,requests\n");
		Files.writeString(this.dir.resolve("usage/part-0002.csv"), "customer_id,service,region,requests\n");
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> InputFiles.checkAll(this.dir))
			.withMessage("usage/part-0002.csv line 1: header has no required column 'date'");
		Files.writeString(this.dir.resolve("usage/part-0002.csv"), "customer_id,service,region,date,requests\n");
		assertThatNoException().isThrownBy(() -> InputFiles.checkAll(this.dir));
	}

	@Test
	void anEmptyFolderOfPartsIsNoUsage() throws IOException {
		Files.delete(this.dir.resolve("usage.csv"));
		Files.createDirectory(this.dir.resolve("usage"));
		Files.writeString(this.dir.resolve("usage/notes.txt"), "not a part\n");
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> InputFiles.checkAll(this.dir))
			.withMessage("input directory " + this.dir + " has no usage.csv");
	}

	@Test
	void usageBothAsOneFileAndInPartsIsRefused() throws IOException {
		Files.createDirectory(this.dir.resolve("usage"));
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> InputFiles.checkAll(this.dir))
			.withMessage(
					"input directory " + this.dir + " has both usage.csv and usage/: give the usage as one of them");
	}

}
