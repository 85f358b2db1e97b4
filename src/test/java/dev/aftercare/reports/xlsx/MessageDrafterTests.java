package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageDrafterTests {

	private final MessageDrafter drafter = Messages.drafter();

	@Test
	void emailAcknowledgesApologisesOnceThanksAndStatesTheCreditApplied() {
		MessageDraft draft = this.drafter.draft(Messages.customer("C1", "Acme", 3, "EUR", "100.00", "sla", "INC-1"));
		assertThat(draft.subject()).isEqualTo("API unavailable in eu-west on 3 October 2026: your credit is applied");
		assertThat(draft.body()).startsWith("Hello Anna Berg,")
			.contains("When: 3 October 2026, 14:00 to 20:00 UTC", "What you experienced: API requests failed.",
					"api in eu-west, for 6 hours", "Why it happened: A certificate expired.",
					"Use the eu-central endpoint.", "- Renew certificates automatically",
					"we have applied a credit of EUR 100.00", "You do not need to claim it.",
					"https://example.com/feedback")
			.containsIgnoringCase("thank you");
		assertThat(count(draft.body(), "sorry|apolog")).as("one apology").isEqualTo(1);
	}

	@Test
	void aCreditNotApprovedYetIsNeverToldAsApplied() {
		FollowUpCustomer pending = decided(Messages.customer("C1", "Acme", 3, "EUR", "100.00", "sla", "INC-1"), "0",
				"100.00");
		MessageDraft draft = this.drafter.draft(pending);
		assertThat(draft.subject()).isEqualTo("API unavailable in eu-west on 3 October 2026: a credit for you");
		assertThat(draft.body())
			.contains("your subscription qualifies for a credit of EUR 100.00 for October 2026; "
					+ "it will appear on your invoice, with nothing to claim.")
			.doesNotContain("applied");
		assertThat(draft.sms()).contains("You qualify for a credit of EUR 100.00 on your invoice.")
			.doesNotContain("applied")
			.hasSizeLessThanOrEqualTo(160);
	}

	@Test
	void aRejectedCreditGetsNoCreditWordingAtAll() {
		FollowUpCustomer rejected = decided(Messages.customer("C1", "Acme", 3, "EUR", "100.00", "sla", "INC-1"), "0",
				"0");
		MessageDraft draft = this.drafter.draft(rejected);
		assertThat(draft.subject() + draft.body() + draft.sms()).doesNotContainIgnoringCase("credit");
	}

	@Test
	void onlyTheApprovedPartIsToldAsApplied() {
		FollowUpCustomer mixed = decided(Messages.customer("C1", "Acme", 3, "USD", "30.00", "sla", "INC-1"), "10.00",
				"5.00");
		MessageDraft draft = this.drafter.draft(mixed);
		assertThat(draft.body()).contains("we have applied a credit of USD 10.00",
				"qualifies for a credit of USD 5.00");
		assertThat(draft.body()).doesNotContain("USD 30.00");
	}

	private static FollowUpCustomer decided(FollowUpCustomer c, String approved, String pending) {
		return new FollowUpCustomer(c.priority(), c.customerId(), c.name(), c.contactName(), c.email(), c.phone(),
				c.preferredChannel(), c.accountManager(), c.currency(), c.incidents(), c.downtimeMinutes(),
				c.creditAmount(), new BigDecimal(approved), new BigDecimal(pending), c.creditPercent(), c.basis(),
				c.subscriptions(), c.tickets());
	}

	@Test
	void draftsNeverCarryTheRootCause() {
		MessageDraft draft = this.drafter
			.draft(Messages.customer("C1", "Acme", 3, "USD", "12.00", "sla", "INC-1", "INC-2"));
		assertThat(draft.subject() + draft.body() + draft.sms()).doesNotContain("SECRET-ROOT");
	}

	@Test
	void withoutAWorkaroundOrRemediationNothingIsPromised() {
		MessageDraft draft = this.drafter.draft(Messages.customer("C1", "Acme", 3, "USD", "0.00", "none", "INC-2"));
		assertThat(draft.body()).doesNotContain("If you see this again", "credit", "What we are doing")
			.contains("We are reviewing what happened");
		assertThat(draft.sms()).contains("Thanks for your patience").doesNotContain("credit");
	}

	@Test
	void goodwillCreditsSayTheyGoBeyondTheAgreement() {
		MessageDraft draft = this.drafter.draft(Messages.customer("C1", "Acme", 3, "JPY", "1500", "goodwill", "INC-1"));
		assertThat(draft.body()).contains("goodwill credit of JPY 1,500");
	}

	@Test
	void severalIncidentsAreToldOneByOne() {
		MessageDraft draft = this.drafter
			.draft(Messages.customer("C1", "Acme", 3, "USD", "12.00", "sla", "INC-1", "INC-2"));
		assertThat(draft.subject()).startsWith("The service disruptions of October 2026");
		assertThat(draft.body()).contains("2 disruptions", "API unavailable in eu-west", "Slow website");
	}

	@Test
	void anSmsFitsIn160Characters() {
		MessageDraft draft = this.drafter
			.draft(Messages.customer("C1", "Acme", 3, "USD", "999999.99", "sla", "INC-1", "INC-2"));
		assertThat(draft.sms()).hasSizeLessThanOrEqualTo(160)
			.startsWith("Example Cloud: sorry")
			.contains("USD 999,999.99", "https://example.com/feedback");
		assertThat(MessageDrafter.fitSms("word ".repeat(60))).hasSize(160).endsWith("…");
	}

	@Test
	void durationsAndMoneyReadAsPeopleSayThem() {
		assertThat(MessageDrafter.duration(new BigDecimal("3900"))).isEqualTo("1 hour 5 minutes");
		assertThat(MessageDrafter.duration(new BigDecimal("20"))).isEqualTo("less than a minute");
		assertThat(MessageDrafter.money(new BigDecimal("1234.5"), "USD")).isEqualTo("USD 1,234.50");
		assertThat(MessageDrafter.money(new BigDecimal("1200"), "JPY")).isEqualTo("JPY 1,200");
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
