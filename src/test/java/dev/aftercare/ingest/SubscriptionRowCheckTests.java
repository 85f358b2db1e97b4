package dev.aftercare.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.Subscription;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionRowCheckTests {

	private static final CsvRow API = Rows.row(InputFile.SUBSCRIPTIONS, 2, "customer_id", "C1", "service", "api",
			"region", "eu-west", "monthly_fee", "1200.50", "started_on", "2026-01-01", "ended_on", "");

	private final SubscriptionRowCheck check = new SubscriptionRowCheck(Fixtures.known());

	@Test
	void validRowKeepsTheFeeAsWritten() {
		Subscription subscription = this.check.check(Rows.with(API, "monthly_fee", " 10.50 ")).value();
		assertThat(subscription).isEqualTo(new Subscription("C1", "api", "eu-west", new BigDecimal("10.50"), "10.50",
				LocalDate.of(2026, 1, 1), null));
		assertThat(subscription.monthlyFee().scale()).isEqualTo(2);
	}

	@Test
	void unknownCustomerIsRejected() {
		assertThat(this.check.check(Rows.with(API, "customer_id", "C999")).reason())
			.isEqualTo("unknown customer_id 'C999'");
	}

	@Test
	void negativeFeeIsRejected() {
		assertThat(this.check.check(Rows.with(API, "monthly_fee", "-5")).reason())
			.isEqualTo("monthly_fee '-5' is a negative fee");
	}

	@Test
	void feeMustBeAPlainDecimal() {
		for (String fee : new String[] { "1e3", "+5", "12,50", ".5", "5.", "ten", "0x10" }) {
			assertThat(this.check.check(Rows.with(API, "monthly_fee", fee)).reason()).as(fee)
				.isEqualTo("monthly_fee '" + fee + "' is not a plain decimal number such as 49.90");
		}
	}

	@Test
	void feeWithMoreDecimalsThanTheCurrencyIsRejectedEvenWhenTheyAreZeros() {
		assertThat(this.check.check(Rows.with(API, "monthly_fee", "12.345")).reason())
			.isEqualTo("monthly_fee '12.345' has more decimals than USD allows (2)");
		assertThat(this.check.check(Rows.with(API, "monthly_fee", "10.500")).reason())
			.isEqualTo("monthly_fee '10.500' has more decimals than USD allows (2)");
		assertThat(this.check.check(Rows.with(API, "monthly_fee", "10.5")).value().monthlyFeeText()).isEqualTo("10.5");
	}

	@Test
	void yenFeeHasNoDecimals() {
		CsvRow yen = Rows.with(API, "customer_id", "C2");
		assertThat(this.check.check(Rows.with(yen, "monthly_fee", "1000.0")).reason())
			.isEqualTo("monthly_fee '1000.0' has more decimals than JPY allows (0)");
		assertThat(this.check.check(Rows.with(yen, "monthly_fee", "1000")).value().monthlyFee())
			.isEqualTo(new BigDecimal("1000"));
	}

	@Test
	void zeroFeeIsAccepted() {
		assertThat(this.check.check(Rows.with(API, "monthly_fee", "0")).isAccepted()).isTrue();
	}

	@Test
	void endBeforeStartIsRejected() {
		assertThat(this.check.check(Rows.with(API, "ended_on", "2025-12-31")).reason())
			.isEqualTo("ended_on '2025-12-31' is before started_on '2026-01-01'");
		assertThat(this.check.check(Rows.with(API, "ended_on", "2026-01-01")).isAccepted()).isTrue();
	}

	@Test
	void badDateIsRejected() {
		assertThat(this.check.check(Rows.with(API, "started_on", "2026/01/01")).reason())
			.isEqualTo("started_on '2026/01/01' is not a date YYYY-MM-DD");
		assertThat(this.check.check(Rows.with(API, "started_on", "2026-02-30")).reason())
			.isEqualTo("started_on '2026-02-30' is not a date YYYY-MM-DD");
	}

	@Test
	void duplicateKeyIsRejected() {
		assertThat(this.check.check(Rows.at(API, 4)).isAccepted()).isTrue();
		assertThat(this.check.check(Rows.with(Rows.at(API, 5), "region", "us-east")).isAccepted()).isTrue();
		assertThat(this.check.check(Rows.with(Rows.at(API, 6), "monthly_fee", "1")).reason())
			.isEqualTo("duplicate key customer_id=C1, service=api, region=eu-west (first accepted at line 4)");
	}

	@Test
	void keyOfARejectedRowMayBeReused() {
		assertThat(this.check.check(Rows.with(Rows.at(API, 4), "monthly_fee", "-1")).isAccepted()).isFalse();
		assertThat(this.check.check(Rows.at(API, 5)).isAccepted()).isTrue();
	}

}
