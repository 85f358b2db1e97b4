package dev.aftercare.credits;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MinorUnitTests {

	@Test
	void halfACentRoundsUp() {
		// 99.95 at 10 % is 9.995
		BigDecimal credit = new BigDecimal("99.95").multiply(BigDecimal.TEN).movePointLeft(2);
		assertThat(MinorUnit.round(credit, "USD")).hasToString("10.00");
	}

	@Test
	void yenHaveNoMinorUnit() {
		// 12345 at 7.5 % is 925.875
		BigDecimal credit = new BigDecimal("12345").multiply(new BigDecimal("7.5")).movePointLeft(2);
		assertThat(MinorUnit.round(credit, "JPY")).hasToString("926");
	}

	@Test
	void halfAYenRoundsUp() {
		assertThat(MinorUnit.round(new BigDecimal("12.5"), "JPY")).hasToString("13");
	}

	@Test
	void threeDigitCurrenciesKeepThreeDigits() {
		assertThat(MinorUnit.round(new BigDecimal("1.2345"), "KWD")).hasToString("1.235");
	}

	@Test
	void pseudoCurrencyHasNoMinorUnit() {
		assertThatIllegalArgumentException().isThrownBy(() -> MinorUnit.digits("XXX"));
	}

}
