package dev.aftercare.ingest;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsTests {

	@Test
	void everyColumnOfTheContractHasALimit() {
		for (InputFile file : InputFile.values()) {
			assertThat(columns(file)).allSatisfy((column) -> assertThat(Limits.has(column)).as(column).isTrue());
		}
	}

	@Test
	void theReaderKeepsEveryValueWithinItsLimitAndMarksLongerOnes() {
		for (InputFile file : InputFile.values()) {
			assertThat(columns(file))
				.allSatisfy((column) -> assertThat(Limits.of(column)).isLessThanOrEqualTo(Limits.VALUE_CAP));
		}
	}

	@Test
	void aRecordOfValuesAtTheirLimitsIsNeverCut() {
		for (InputFile file : InputFile.values()) {
			// each value quoted, every quote in it doubled, and a comma
			long longest = columns(file).stream().mapToLong((column) -> 2L * Limits.of(column) + 3).sum();
			assertThat(longest).as(file.fileName()).isLessThan(Limits.RECORD_CAP);
		}
	}

	private static List<String> columns(InputFile file) {
		List<String> columns = new ArrayList<>(file.requiredColumns());
		columns.addAll(file.optionalColumns());
		return columns;
	}

}
