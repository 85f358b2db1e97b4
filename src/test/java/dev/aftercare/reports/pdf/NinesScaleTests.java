package dev.aftercare.reports.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NinesScaleTests {

	@Test
	void ninetyNinePointFourAndAHundredLookDifferentEvenBesideABadMonth() {
		// the generated month's search / ap-northeast at 94.78% once drew 99.356% and
		// 100%
		// as the same bar
		NinesScale scale = new NinesScale(List.of(94.7805, 99.4, 100.0, 99.5, 99.9, 99.95));
		assertThat(scale.position(100)).isEqualTo(1.0);
		assertThat(scale.position(100) - scale.position(99.4)).isGreaterThan(0.4);
		assertThat(scale.position(99.4)).isLessThan(scale.position(99.5));
		assertThat(scale.position(99.9)).isLessThan(scale.position(99.95));
		assertThat(scale.position(94.7805)).isGreaterThan(0);
	}

	@Test
	void theAxisStartsAtTheDecadeBelowTheWorstValueAndCountsNines() {
		assertThat(new NinesScale(List.of(94.78, 100.0)).ticks()).containsExactly(90.0, 99.0, 99.9, 99.99, 99.999);
		NinesScale good = new NinesScale(List.of(99.7, 99.95));
		assertThat(good.ticks().get(0)).isCloseTo(99.0, within(1e-9));
		assertThat(good.position(99.0)).isEqualTo(0.0);
		assertThat(good.position(99.9)).isCloseTo(1 / 3.0, within(1e-9));
	}

}
