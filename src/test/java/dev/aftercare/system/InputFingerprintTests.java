package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InputFingerprintTests {

	@TempDir
	Path input;

	@Test
	void theSameFilesGiveTheSameFingerprint() throws IOException {
		write("usage.csv", "customer_id,service,region,date,requests\n", "2026-11-01T05:00:00Z");
		assertThat(InputFingerprint.of(this.input, null)).isEqualTo(InputFingerprint.of(this.input, null)).hasSize(64);
	}

	@Test
	void aFileRewrittenWithTheSameSizeButLaterChangesIt() throws IOException {
		write("usage.csv", "customer_id,service,region,date,requests\nC1,api,eu,2026-10-01,5\n",
				"2026-11-01T05:00:00Z");
		String before = InputFingerprint.of(this.input, null);
		write("usage.csv", "customer_id,service,region,date,requests\nC1,api,eu,2026-10-01,6\n",
				"2026-11-02T05:00:00Z");
		assertThat(InputFingerprint.of(this.input, null)).isNotEqualTo(before);
	}

	@Test
	void aRowRemovedChangesIt() throws IOException {
		write("usage.csv", "customer_id,service,region,date,requests\nC1,api,eu,2026-10-01,5\n",
				"2026-11-01T05:00:00Z");
		String before = InputFingerprint.of(this.input, null);
		write("usage.csv", "customer_id,service,region,date,requests\n", "2026-11-01T05:00:00Z");
		assertThat(InputFingerprint.of(this.input, null)).isNotEqualTo(before);
	}

	@Test
	void anOptionalFileThatAppearsChangesIt() throws IOException {
		String before = InputFingerprint.of(this.input, null);
		write("tickets.csv", "ticket_id,customer_id,opened_at,channel\n", "2026-11-01T05:00:00Z");
		assertThat(InputFingerprint.of(this.input, null)).isNotEqualTo(before);
	}

	@Test
	void theTermsCount() throws IOException {
		String bundled = InputFingerprint.of(this.input, null);
		Path terms = write("terms.yml", "sla: {}\n", "2026-11-01T05:00:00Z");
		String own = InputFingerprint.of(this.input, terms);
		assertThat(own).isNotEqualTo(bundled);
		write("terms.yml", "sla: {} \n", "2026-11-01T05:00:00Z");
		assertThat(InputFingerprint.of(this.input, terms)).isNotEqualTo(own);
	}

	private Path write(String name, String content, String modified) throws IOException {
		Path file = Files.writeString(this.input.resolve(name), content);
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
		return file;
	}

}
