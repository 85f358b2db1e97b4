package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditSplitTests {

	@Test
	void sharesRoundedToTheCentAddUpToTheTotal() {
		// a 10.00 credit split in three equal parts: 3.34 + 3.33 + 3.33
		BigDecimal third = new BigDecimal("10.00").divide(new BigDecimal(3), 20, java.math.RoundingMode.HALF_UP);
		Map<String, BigDecimal> shares = CreditSplit.round(Map.of("A", third, "B", third, "C", third),
				new BigDecimal("10.00"), 2);
		assertThat(shares).containsEntry("A", new BigDecimal("3.34"))
			.containsEntry("B", new BigDecimal("3.33"))
			.containsEntry("C", new BigDecimal("3.33"));
	}

	@Test
	void theLeftOverUnitsGoToTheLargestRemainders() {
		Map<String, BigDecimal> shares = CreditSplit.round(
				Map.of("A", new BigDecimal("1.004"), "B", new BigDecimal("2.009"), "C", new BigDecimal("0.987")),
				new BigDecimal("4.00"), 2);
		assertThat(shares).containsEntry("A", new BigDecimal("1.00"))
			.containsEntry("B", new BigDecimal("2.01"))
			.containsEntry("C", new BigDecimal("0.99"));
		assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("4.00");
	}

	@Test
	void aCurrencyWithoutMinorUnitsSplitsInWholeUnits() {
		Map<String, BigDecimal> shares = CreditSplit.round(
				Map.of("A", new BigDecimal("500.5"), "B", new BigDecimal("499.5"), "C", BigDecimal.ZERO),
				new BigDecimal("1000"), 0);
		assertThat(shares).containsEntry("A", new BigDecimal("501"))
			.containsEntry("B", new BigDecimal("499"))
			.containsEntry("C", new BigDecimal("0"));
	}

}
