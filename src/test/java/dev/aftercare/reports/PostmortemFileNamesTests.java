package dev.aftercare.reports;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostmortemFileNamesTests {

	@Test
	void safeIdIsKeptAsItIs() {
		assertThat(PostmortemFileNames.of("INC-202610-01")).isEqualTo("INC-202610-01");
		assertThat(PostmortemFileNames.of("2026.10_A")).isEqualTo("2026.10_A");
	}

	@Test
	void slashAndUnderscoreNoLongerWriteOverOneAnother() {
		String slash = PostmortemFileNames.of("INC/1");
		String underscore = PostmortemFileNames.of("INC_1");
		assertThat(underscore).isEqualTo("INC_1");
		assertThat(slash).matches("INC_1-[0-9a-f]{8}").isNotEqualToIgnoringCase(underscore);
	}

	@Test
	void longIdMakesAShortNameThatKeepsItsStart() {
		String id = "INC-" + "9".repeat(296);
		String name = PostmortemFileNames.of(id);
		assertThat(name).hasSizeLessThanOrEqualTo(PostmortemFileNames.MAX_LENGTH).matches("INC-9+-[0-9a-f]{8}");
		assertThat(PostmortemFileNames.of(id + "0")).isNotEqualTo(name).startsWith(name.substring(0, 50));
	}

	@Test
	void dotsAndPathsNeverLeaveTheDirectory() {
		assertThat(PostmortemFileNames.of("..")).matches("incident-[0-9a-f]{8}");
		assertThat(PostmortemFileNames.of(".")).matches("incident-[0-9a-f]{8}");
		assertThat(PostmortemFileNames.of("../../etc/passwd")).matches("etc_passwd-[0-9a-f]{8}");
		assertThat(PostmortemFileNames.of("INC.")).matches("INC.-[0-9a-f]{8}");
	}

	@Test
	void unicodeIdBecomesAnAsciiName() {
		assertThat(PostmortemFileNames.of("障害-東京")).matches("incident-[0-9a-f]{8}");
		assertThat(PostmortemFileNames.of("INC-Zürich")).matches("INC-Z_rich-[0-9a-f]{8}");
		assertThat(PostmortemFileNames.of("障害-東京")).isNotEqualTo(PostmortemFileNames.of("障害-大阪"));
	}

	@Test
	void windowsDeviceNamesAreNotKept() {
		assertThat(PostmortemFileNames.of("CON")).matches("CON-[0-9a-f]{8}");
		assertThat(PostmortemFileNames.of("NUL.1")).matches("NUL.1-[0-9a-f]{8}");
	}

	@Test
	void idsThatDifferOnlyInCaseOrLookHashedStayDistinctOnACaseBlindFileSystem() {
		String hashed = PostmortemFileNames.of("inc-1");
		List<String> ids = List.of("INC-1", "inc-1", "Inc-1", hashed, hashed.toUpperCase(Locale.ROOT), "INC/1", "INC_1",
				"INC 1", "..", "...", "", " ", "障害", "CON", "con");
		Set<String> seen = new HashSet<>();
		for (String id : ids) {
			String name = PostmortemFileNames.of(id);
			assertThat(seen.add(name.toLowerCase(Locale.ROOT))).as("name of '%s': %s", id, name).isTrue();
			assertThat(name).matches("[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9_-]")
				.hasSizeLessThanOrEqualTo(PostmortemFileNames.MAX_LENGTH);
		}
	}

}
