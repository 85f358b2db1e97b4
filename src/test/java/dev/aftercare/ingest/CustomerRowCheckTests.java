package dev.aftercare.ingest;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.Customer;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerRowCheckTests {

	private static final CsvRow ADA = Rows.row(InputFile.CUSTOMERS, 2, "customer_id", "C1", "name", "Ada Ltd", "plan",
			"pro", "currency", "USD");

	private final CustomerRowCheck check = new CustomerRowCheck(new InMemoryKnown());

	@Test
	void validRowBecomesACustomerWithEmailAsDefaultChannel() {
		Checked<Customer> checked = this.check.check(Rows.with(ADA, "contact_name", " Ada L. ", "email", " ada@x.io "));
		assertThat(checked.isAccepted()).isTrue();
		assertThat(checked.value())
			.isEqualTo(new Customer("C1", "Ada Ltd", "pro", "USD", " Ada L. ", "ada@x.io", null, "email", null));
	}

	@Test
	void formulaLikeNameIsKeptExactly() {
		String name = " =HYPERLINK(\"http://evil\",\"x\")";
		assertThat(this.check.check(Rows.with(ADA, "name", name)).value().name()).isEqualTo(name);
		assertThat(this.check.check(Rows.with(Rows.at(ADA, 3), "customer_id", "C2", "name", "+1-@x")).value().name())
			.isEqualTo("+1-@x");
	}

	@Test
	void missingRequiredValueIsRejected() {
		assertThat(this.check.check(Rows.with(ADA, "plan", " ")).reason()).isEqualTo("plan is required but empty");
		assertThat(this.check.check(Rows.with(ADA, "name", null)).reason()).isEqualTo("name is required but empty");
	}

	@Test
	void nulOrControlCharacterInAnyValueIsRejectedNamingTheColumn() {
		assertThat(this.check.check(Rows.with(ADA, "name", "Ada\u0000Ltd")).reason())
			.isEqualTo("name holds a NUL byte at character 4");
		assertThat(this.check.check(Rows.with(ADA, "email", "ada@x.io\u0008")).reason())
			.isEqualTo("email holds the control character U+0008 at character 9");
		assertThat(this.check.check(Rows.with(ADA, "customer_id", "C" + Marks.NOT_UTF8)).reason())
			.isEqualTo("customer_id holds bytes that are not valid UTF-8 at character 2");
	}

	@Test
	void valueOverItsLimitIsRejectedWithTheLimit() {
		assertThat(this.check.check(Rows.with(ADA, "name", "A".repeat(301))).reason())
			.isEqualTo("name has 301 characters, over its limit of 300");
		assertThat(this.check.check(Rows.with(ADA, "name", "A".repeat(300))).isAccepted()).isTrue();
		assertThat(this.check.check(Rows.with(ADA, "phone", "1".repeat(65))).reason())
			.isEqualTo("phone has 65 characters, over its limit of 64");
	}

	@Test
	void recordTheReaderCutIsRejectedWhole() {
		assertThat(this.check.check(Rows.with(ADA, "extra", "x" + Marks.RECORD_CUT)).reason())
			.isEqualTo("the record is longer than 65,536 characters, the limit for a record");
	}

	@Test
	void unknownCurrencyIsRejected() {
		assertThat(this.check.check(Rows.with(ADA, "currency", "XYZ")).reason())
			.isEqualTo("currency 'XYZ' is not an ISO 4217 currency code");
		assertThat(this.check.check(Rows.with(ADA, "currency", "usd")).reason())
			.isEqualTo("currency 'usd' is not an ISO 4217 currency code");
	}

	@Test
	void currencyWithoutMinorUnitIsRejected() {
		assertThat(this.check.check(Rows.with(ADA, "currency", "XAU")).reason())
			.isEqualTo("currency 'XAU' has no minor unit, so it cannot carry fees");
	}

	@Test
	void preferredChannelMustBeKnown() {
		assertThat(this.check.check(Rows.with(ADA, "preferred_channel", " sms ")).value().preferredChannel())
			.isEqualTo("sms");
		assertThat(this.check.check(Rows.with(ADA, "preferred_channel", "fax")).reason())
			.isEqualTo("preferred_channel 'fax' is not one of email, phone, sms, chat");
	}

	@Test
	void laterRowWithAnAcceptedIdIsRejected() {
		assertThat(this.check.check(Rows.at(ADA, 5)).isAccepted()).isTrue();
		assertThat(this.check.check(Rows.with(Rows.at(ADA, 9), "name", "Other")).reason())
			.isEqualTo("duplicate key customer_id=C1 (first accepted at line 5)");
	}

	@Test
	void idOfARejectedRowMayBeUsedByALaterValidRow() {
		assertThat(this.check.check(Rows.with(Rows.at(ADA, 5), "currency", "XYZ")).isAccepted()).isFalse();
		assertThat(this.check.check(Rows.at(ADA, 6)).isAccepted()).isTrue();
		assertThat(this.check.check(Rows.at(ADA, 7)).reason()).endsWith("(first accepted at line 6)");
	}

	@Test
	void sameLineCheckedAgainIsNotADuplicate() {
		assertThat(this.check.check(ADA).isAccepted()).isTrue();
		assertThat(this.check.check(ADA).isAccepted()).isTrue();
	}

	@Test
	void idStoredByAnEarlierChunkIsADuplicate() {
		InMemoryKnown known = new InMemoryKnown()
			.addCustomer(new Customer("C1", "Ada Ltd", "pro", "USD", null, null, null, "email", null), 4);
		assertThat(new CustomerRowCheck(known).check(Rows.at(ADA, 8)).reason())
			.isEqualTo("duplicate key customer_id=C1 (first accepted at line 4)");
		assertThat(new CustomerRowCheck(known).check(Rows.at(ADA, 4)).isAccepted()).isTrue();
	}

}
