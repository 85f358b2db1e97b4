package dev.aftercare.ingest;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.Usage;

import static org.assertj.core.api.Assertions.assertThat;

class UsageRowCheckTests {

	private static final CsvRow DAY = Rows.row(InputFile.USAGE, 2, "customer_id", "C1", "service", "api", "region",
			"eu-west", "date", "2026-10-03", "requests", " 1200 ", "errors", "30");

	private final UsageRowCheck check = new UsageRowCheck(Fixtures.known());

	@Test
	void validRowBecomesUsage() {
		assertThat(this.check.check(DAY).value())
			.isEqualTo(new Usage("C1", "api", "eu-west", LocalDate.of(2026, 10, 3), 1200, 30L));
		assertThat(this.check.check(Rows.with(DAY, "errors", "")).value().errors()).isNull();
	}

	@Test
	void sameKeyTwiceIsAccepted() {
		assertThat(this.check.check(DAY).isAccepted()).isTrue();
		assertThat(this.check.check(Rows.at(DAY, 3)).isAccepted()).isTrue();
	}

	@Test
	void requestsMustBeAWholeNumberNotBelowZero() {
		for (String requests : new String[] { "-1", "1.5", "1e3", "+3", "many" }) {
			assertThat(this.check.check(Rows.with(DAY, "requests", requests)).reason()).as(requests)
				.isEqualTo("requests '" + requests + "' is not a whole number ≥ 0");
		}
		assertThat(this.check.check(Rows.with(DAY, "requests", "99999999999999999999")).reason())
			.isEqualTo("requests '99999999999999999999' is too large");
	}

	@Test
	void errorsMayNotExceedRequests() {
		assertThat(this.check.check(Rows.with(DAY, "errors", "1201")).reason())
			.isEqualTo("errors '1201' is more than requests '1200'");
		assertThat(this.check.check(Rows.with(DAY, "errors", "1200")).isAccepted()).isTrue();
		assertThat(this.check.check(Rows.with(DAY, "errors", "-1")).reason())
			.isEqualTo("errors '-1' is not a whole number ≥ 0");
	}

	@Test
	void unknownCustomerIsRejected() {
		assertThat(this.check.check(Rows.with(DAY, "customer_id", "C999")).reason())
			.isEqualTo("unknown customer_id 'C999'");
	}

	@Test
	void badDateIsRejected() {
		assertThat(this.check.check(Rows.with(DAY, "date", "03.10.2026")).reason())
			.isEqualTo("date '03.10.2026' is not a date YYYY-MM-DD");
	}

}
