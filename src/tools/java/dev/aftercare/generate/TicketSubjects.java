package dev.aftercare.generate;

import java.util.List;

/** What customers write in a ticket's subject, by mood. */
final class TicketSubjects {

	static final List<String> GENERAL = List.of("How do I rotate our API keys?", "Invoice shows the wrong VAT number",
			"Can we move our storage to eu-central?", "Request: single sign-on for our team",
			"Question about webhook signatures", "Please add a second billing contact",
			"Is there a discount for yearly billing?");

	private static final List<String> NEUTRAL = List.of("{S} errors in {R}", "Requests to {s} failing for us",
			"Is there an ETA for the {s} issue in {R}?", "{S} not responding from our servers in {R}",
			"Do we need to do anything after the {s} incident?");

	private static final List<String> NEGATIVE = List.of("{S} down again, this is hurting our business",
			"No update on the {s} outage for an hour?", "We expect a credit for today's {s} outage",
			"Our customers cannot check out because {s} is down", "Second {s} problem this month. Not good enough.");

	private static final List<String> ABUSIVE = List.of("Are you kidding me?! {S} DOWN AGAIN. Absolute clowns.",
			"Fix your garbage {s} NOW or we walk", "Who is running this circus? {S} dead for hours",
			"@support your {s} is a joke. Useless.");

	private static final List<String> POSITIVE = List.of("Thanks for the quick updates on the {s} issue",
			"Appreciate the honesty about today's {s} problem", "{S} is back for us, thank you");

	private static final List<String> JAPANESE = List.of("{s}に接続できません（{R}）", "また障害ですか？業務に支障が出ています",
			"いい加減にしてください！！何度目ですか", "迅速なご対応ありがとうございます", "{s}の障害について状況を教えてください");

	private TicketSubjects() {
	}

	static String about(String service, String region, String sentiment, boolean japanese, Rng rng) {
		String template;
		if (japanese) {
			template = switch (String.valueOf(sentiment)) {
				case "negative" -> JAPANESE.get(1);
				case "abusive" -> JAPANESE.get(2);
				case "positive" -> JAPANESE.get(3);
				default -> rng.pick(JAPANESE.get(0), JAPANESE.get(4));
			};
		}
		else {
			template = rng.pick(switch (String.valueOf(sentiment)) {
				case "negative" -> NEGATIVE;
				case "abusive" -> ABUSIVE;
				case "positive" -> POSITIVE;
				default -> NEUTRAL;
			});
		}
		String capital = Character.toUpperCase(service.charAt(0)) + service.substring(1);
		return template.replace("{S}", (service.equals("api") ? "API" : capital))
			.replace("{s}", service.equals("api") ? "API" : service)
			.replace("{R}", region);
	}

}
