package dev.aftercare.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class UsagePartsTests {

	@TempDir
	Path dir;

	@Test
	void partsAreTakenInTheOrderOfTheirNamesAndOnlyCsvFiles() throws IOException {
		parts(10, 10, 10);
		Files.writeString(this.dir.resolve("usage/README.txt"), "x");
		Files.writeString(this.dir.resolve("usage/.part-0000.csv"), "x");
		Files.writeString(this.dir.resolve("usage/a.csv"), "x");
		assertThat(UsageParts.of(this.dir)).containsExactly("usage/a.csv", "usage/part-0001.csv", "usage/part-0002.csv",
				"usage/part-0003.csv");
	}

	@Test
	void aSingleFileIsTheOnlyPart() throws IOException {
		Files.writeString(this.dir.resolve("usage.csv"), "x");
		assertThat(UsageParts.of(this.dir)).containsExactly("usage.csv");
		assertThat(UsageParts.split(this.dir, UsageParts.of(this.dir), 8)).containsExactly(List.of("usage.csv"));
	}

	@Test
	void noUsageIsNoPart() {
		assertThat(UsageParts.of(this.dir)).isEmpty();
	}

	@Test
	void partitionsAreNeighboursOfAboutTheSameSize() throws IOException {
		List<String> parts = parts(100, 100, 100, 100, 100, 100, 100, 100);
		assertThat(UsageParts.split(this.dir, parts, 4)).containsExactly(parts.subList(0, 2), parts.subList(2, 4),
				parts.subList(4, 6), parts.subList(6, 8));
	}

	@Test
	void aLargePartIsAPartitionOfItsOwn() throws IOException {
		List<String> parts = parts(10, 1000, 10, 10, 10);
		assertThat(UsageParts.split(this.dir, parts, 3)).containsExactly(parts.subList(0, 2), parts.subList(2, 3),
				parts.subList(3, 5));
	}

	@Test
	void neverMorePartitionsThanParts() throws IOException {
		List<String> parts = parts(5, 5, 5);
		assertThat(UsageParts.split(this.dir, parts, 8)).containsExactly(parts.subList(0, 1), parts.subList(1, 2),
				parts.subList(2, 3));
		assertThat(UsageParts.split(this.dir, parts, 1)).containsExactly(parts);
	}

	private List<String> parts(int... sizes) throws IOException {
		Files.createDirectories(this.dir.resolve("usage"));
		for (int i = 0; i < sizes.length; i++) {
			Files.writeString(this.dir.resolve("usage/part-%04d.csv".formatted(i + 1)), "x".repeat(sizes[i]));
		}
		return UsageParts.of(this.dir).stream().filter((part) -> part.contains("part-")).toList();
	}

}
