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
	void everyPartOfUsageCounts() throws IOException {
		Files.createDirectories(this.input.resolve("usage"));
		write("usage/part-0001.csv", "customer_id,service,region,date,requests\nC1,api,eu,2026-10-01,5\n",
				"2026-11-01T05:00:00Z");
		write("usage/part-0002.csv", "customer_id,service,region,date,requests\nC2,api,eu,2026-10-01,5\n",
				"2026-11-01T05:00:00Z");
		String before = InputFingerprint.of(this.input, null);
		assertThat(InputFingerprint.of(this.input, null)).isEqualTo(before);
		write("usage/part-0002.csv", "customer_id,service,region,date,requests\nC2,api,eu,2026-10-01,6\n",
				"2026-11-02T05:00:00Z");
		String changed = InputFingerprint.of(this.input, null);
		assertThat(changed).isNotEqualTo(before);
		write("usage/part-0003.csv", "customer_id,service,region,date,requests\n", "2026-11-01T05:00:00Z");
		assertThat(InputFingerprint.of(this.input, null)).isNotEqualTo(changed);
	}

	@Test
	void aSingleUsageFileGivesTheFingerprintItGaveBeforePartsExisted() throws IOException {
		write("usage.csv", "customer_id,service,region,date,requests\n", "2026-11-01T05:00:00Z");
		assertThat(InputFingerprint.of(this.input, null))
			.isEqualTo(sha256("customers.csv=absent\n" + "subscriptions.csv=absent\n" + "incidents.csv=absent\n"
					+ "incident_events.csv=absent\n" + "usage.csv=41 bytes, modified 2026-11-01T05:00:00Z\n"
					+ "tickets.csv=absent\n" + "terms=bundled default\n"));
	}

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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
