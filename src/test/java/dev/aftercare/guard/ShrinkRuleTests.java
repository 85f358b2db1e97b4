package dev.aftercare.guard;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ShrinkRuleTests {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	@Test
	void fewerThanHalfOfTheLastRowsIsAShrink() {
		assertThat(ShrinkRule.shrank(17, 8, HALF)).isTrue();
		assertThat(ShrinkRule.shrank(1_000_000, 499_999, HALF)).isTrue();
	}

	@Test
	void exactlyHalfOrMoreIsNot() {
		assertThat(ShrinkRule.shrank(18, 9, HALF)).isFalse();
		assertThat(ShrinkRule.shrank(17, 9, HALF)).isFalse();
		assertThat(ShrinkRule.shrank(17, 17, HALF)).isFalse();
		assertThat(ShrinkRule.shrank(17, 40, HALF)).isFalse();
	}

	@Test
	void aHeaderAloneAfterARunWithRowsAlwaysCounts() {
		assertThat(ShrinkRule.shrank(1, 0, HALF)).isTrue();
		assertThat(ShrinkRule.shrank(17, 0, BigDecimal.ZERO)).isTrue();
	}

	@Test
	void aFileThatWasEmptyBeforeCannotShrink() {
		assertThat(ShrinkRule.shrank(0, 0, HALF)).isFalse();
		assertThat(ShrinkRule.shrank(0, 5, BigDecimal.ONE)).isFalse();
	}

	@Test
	void theRatioIsTheSetting() {
		assertThat(ShrinkRule.shrank(100, 89, new BigDecimal("0.9"))).isTrue();
		assertThat(ShrinkRule.shrank(100, 90, new BigDecimal("0.9"))).isFalse();
		assertThat(ShrinkRule.shrank(100, 1, BigDecimal.ZERO)).isFalse();
	}

	@Test
	void aRatioOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ShrinkGuardProperties(new BigDecimal("1.5")))
			.withMessage("aftercare.shrink-guard.min-ratio must be between 0 and 1, not 1.5");
		assertThatIllegalArgumentException().isThrownBy(() -> new ShrinkGuardProperties(new BigDecimal("-0.1")));
		assertThat(new ShrinkGuardProperties(new BigDecimal("0.75")).minRatio()).isEqualByComparingTo("0.75");
	}

}
