package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageDrafterTests {

	private final MessageDrafter drafter = Messages.drafter();

	@Test
	void emailGreetsTheContactApologisesOnceNearTheTopAndSaysTheCreditWillAppearOnTheInvoice() {
		MessageDraft draft = this.drafter.draft(Messages.customer("C1", "Acme", 3, "EUR", "100.00", "sla", "INC-1"));
		assertThat(draft.subject()).isEqualTo("API unavailable in eu-west on 3 October 2026: a credit on your invoice");
		assertThat(draft.body()).startsWith("Hello Anna Berg,\n\nOn 3 October 2026, a disruption affected")
			.contains("- 3 Oct, API unavailable in eu-west: your API in Europe West, for 6 hours.",
					"If it happens again: Use the eu-central endpoint.",
					"What happened and what we are changing: https://status.example.com/postmortems/INC-1",
					"your subscription qualifies for a credit of EUR 100.00 for October 2026; it will appear on your invoice.",
					"You do not need to claim it.", "https://example.com/feedback")
			.doesNotContain("applied", "api in eu-west", "Acme")
			.containsIgnoringCase("thank you");
		assertThat(count(draft.body(), "sorry|apolog")).as("one apology").isEqualTo(1);
		assertThat(draft.body().indexOf("sorry")).as("near the top").isLessThan(200);
		assertThat(draft.body()).hasSizeLessThanOrEqualTo(MessageDrafter.EMAIL_LIMIT);
	}

	@Test
	void withoutAContactNameTheGreetingNamesNoCompany() {
		FollowUpCustomer customer = Messages.customer("C1", "Acme Corp", 3, "EUR", "0.00", "none", "INC-1");
		FollowUpCustomer nameless = new FollowUpCustomer(3, "C1", "Acme Corp", null, customer.email(), null, "email",
				null, "EUR", customer.incidents(), customer.downtimeMinutes(), customer.creditAmount(),
				customer.creditPercent(), "none", 0, null, null);
		assertThat(this.drafter.draft(nameless).body()).startsWith("Hello,\n").doesNotContain("Acme");
	}

	@Test
	void aCustomerWhoWroteToUsIsThankedForIt() {
		FollowUpCustomer customer = Messages.customer("C1", "Acme", 1, "EUR", "0.00", "none", "INC-1");
		FollowUpCustomer wrote = new FollowUpCustomer(1, "C1", "Acme", "Anna Berg", customer.email(), customer.phone(),
				"email", null, "EUR", customer.incidents(), customer.downtimeMinutes(), customer.creditAmount(),
				customer.creditPercent(), "none", 0, "T1 (twitter, public, abusive): useless",
				Instant.parse("2026-10-03T15:00:00Z"));
		assertThat(this.drafter.draft(wrote).body())
			.contains("Thank you for telling us about it on 3 October: we have read what you wrote")
			.doesNotContain("useless");
	}

	@Test
	void announcedMaintenanceAloneGetsANoteNotAnApology() {
		MessageDraft draft = this.drafter.draft(Messages.customer("C1", "Acme", 3, "USD", "0.00", "none", "INC-3"));
		assertThat(draft.subject()).isEqualTo("Planned maintenance on 20 October 2026: finished");
		assertThat(draft.body()).contains("The planned maintenance we announced on 12 October 2026")
			.doesNotContainIgnoringCase("sorry")
			.doesNotContain("disruption", "what we are changing");
		assertThat(draft.sms()).contains("planned maintenance on 20 Oct is finished").doesNotContain("sorry");
	}

	@Test
	void aCallGetsAScriptAndAMailOrSmsCustomerDoesNot() {
		MessageDraft call = this.drafter
			.draft(Messages.customer("C1", "Acme", 1, "EUR", "100.00", "sla", "INC-1", "INC-2"));
		assertThat(call.callScript()).startsWith("Ask for: Anna Berg, on +49 30 1234567.")
			.contains(
					"- 3 Oct, API unavailable in eu-west: their API in Europe West, for 6 hours. API requests failed.",
					"- API unavailable in eu-west: Renew certificates automatically.",
					"- Slow website: we are reviewing it to learn how to prevent it.",
					"Their credit: EUR 100.00; it will appear on their invoice",
					"Ask: \"Is anything still not working as it should for you?\"")
			.doesNotContain("SECRET-ROOT", "Hello");
		assertThat(this.drafter.draft(Messages.customer("C1", "Acme", 3, "EUR", "100.00", "sla", "INC-1")).callScript())
			.isNull();
	}

	@Test
	void manyIncidentsStillMakeAShortEmailWithALinkForEach() {
		MessageDraft draft = this.drafter.draft(Messages.customer("C1", "Acme", 3, "USD", "12.00", "sla", "INC-1",
				"INC-2", "INC-3", "INC-4", "INC-5", "INC-6"));
		assertThat(draft.body()).hasSizeLessThanOrEqualTo(MessageDrafter.EMAIL_LIMIT)
			.contains("6 disruptions", "API unavailable in eu-west", "shorter, on",
					"details on https://status.example.com");
	}

	@Test
	void aCreditNotApprovedYetIsNeverToldAsApplied() {
		FollowUpCustomer pending = decided(Messages.customer("C1", "Acme", 3, "EUR", "100.00", "sla", "INC-1"), "0",
				"100.00");
		MessageDraft draft = this.drafter.draft(pending);
		assertThat(draft.subject()).isEqualTo("API unavailable in eu-west on 3 October 2026: a credit on your invoice");
		assertThat(draft.body())
			.contains("your subscription qualifies for a credit of EUR 100.00 for October 2026; "
					+ "it will appear on your invoice. You do not need to claim it.")
			.doesNotContain("applied");
		assertThat(draft.sms()).contains("A credit of EUR 100.00 will appear on your invoice.")
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

	@Test
	void aCallScriptTellsTheApprovedAndThePendingCreditApart() {
		FollowUpCustomer mixed = decided(Messages.customer("C1", "Acme", 1, "USD", "30.00", "sla", "INC-1"), "10.00",
				"5.00");
		assertThat(this.drafter.draft(mixed).callScript()).contains(
				"Their credit: USD 10.00, approved; it will appear on their invoice, nothing to claim. And USD 5.00; "
						+ "it will appear on their invoice once finance has approved it, nothing to claim.");
	}

	private static FollowUpCustomer decided(FollowUpCustomer c, String approved, String pending) {
		return new FollowUpCustomer(c.priority(), c.customerId(), c.name(), c.contactName(), c.email(), c.phone(),
				c.preferredChannel(), c.accountManager(), c.currency(), c.incidents(), c.downtimeMinutes(),
				c.creditAmount(), new BigDecimal(approved), new BigDecimal(pending), c.creditPercent(), c.basis(),
				c.subscriptions(), c.tickets(), c.firstTicketAt());
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
		assertThat(draft.body()).doesNotContain("If it happens again", "credit", "what we are changing")
			.contains("What happened: https://status.example.com/postmortems/INC-2");
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
		assertThat(draft.body()).contains("2 disruptions", "- 3 Oct, API unavailable in eu-west",
				"- 10 Oct, Slow website: your Website in US East");
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
