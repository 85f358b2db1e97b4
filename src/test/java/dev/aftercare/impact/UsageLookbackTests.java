package dev.aftercare.impact;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aftercare.impact.UsageLookback.Window;

import static org.assertj.core.api.Assertions.assertThat;

class UsageLookbackTests {

	private static final LocalDate OCT_3 = LocalDate.of(2026, 10, 3);

	private static final LocalDate OCT_10 = LocalDate.of(2026, 10, 10);

	private final UsageLookback lookback = UsageLookback
		.of(List.of(new Window("INC-1", "api", "eu-west", OCT_3, OCT_10),
				new Window("INC-2", "api", "eu-west", OCT_10, OCT_10.plusDays(2)),
				new Window("INC-1", "web", "eu-west", OCT_3, OCT_10)));

	@Test
	void bothEndsOfTheLookbackRangeCount() {
		this.lookback.record("C1", "api", "eu-west", OCT_3, 5);
		this.lookback.record("C2", "api", "eu-west", OCT_10, 1);
		assertThat(this.lookback.customersOf("INC-1", "api", "eu-west")).containsExactly("C1", "C2");
		assertThat(this.lookback.customersOf("INC-2", "api", "eu-west")).containsExactly("C2");
	}

	@Test
	void usageOutsideTheRangeOrWithoutRequestsShowsNoReliance() {
		this.lookback.record("C1", "api", "eu-west", OCT_3.minusDays(1), 500);
		this.lookback.record("C2", "api", "eu-west", OCT_10.plusDays(3), 500);
		this.lookback.record("C3", "api", "eu-west", OCT_10, 0);
		assertThat(this.lookback.customersOf("INC-1", "api", "eu-west")).isEmpty();
		assertThat(this.lookback.customersOf("INC-2", "api", "eu-west")).isEmpty();
	}

	@Test
	void relianceIsPerServiceAndRegion() {
		this.lookback.record("C1", "web", "eu-west", OCT_10, 7);
		this.lookback.record("C2", "api", "us-east", OCT_10, 7);
		this.lookback.record("C3", "search", "eu-west", OCT_10, 7);
		assertThat(this.lookback.customersOf("INC-1", "web", "eu-west")).containsExactly("C1");
		assertThat(this.lookback.customersOf("INC-1", "api", "eu-west")).isEmpty();
	}

	@Test
	void manyRowsOfOneCustomerMakeOneReliance() {
		for (int day = 0; day < 8; day++) {
			this.lookback.record("C1", "api", "eu-west", OCT_3.plusDays(day), 1);
		}
		assertThat(this.lookback.customersOf("INC-1", "api", "eu-west")).containsExactly("C1");
	}

}
