package dev.aftercare.generate;

/**
 * The tickets of the anchor customers: a public complaint, abuse, a complaint in
 * Japanese, a question about late notice, so that the follow-up list always has someone
 * to call first.
 */
final class AnchorTickets {

	private AnchorTickets() {
	}

	/** The anchor customer's ticket, or {@code null}. */
	static Ticket of(int index) {
		return switch (index) {
			case 1 -> new Ticket(Catalog.API, Catalog.EU_WEST, "API and webhook outage, worst in eu-west", 55,
					"twitter", true, "negative",
					"@support API in eu-west down for an hour and our checkout is dead. Again. Where are the updates?");
			case 2 -> new Ticket(Catalog.STORAGE, Catalog.EU_WEST, "Storage unavailable in eu-west", 380, "email",
					false, "abusive",
					"SIX HOURS without our files. Whoever runs your storage should be ashamed. Absolute clowns.");
			case 3 -> new Ticket(Catalog.WEBHOOKS, Catalog.US_EAST, "Webhook deliveries failing in us-east and eu-west",
					20, "facebook", true, "negative",
					"Our order notifications stopped this morning. Not the first time.");
			case 5 -> new Ticket(Catalog.SEARCH, Catalog.AP_NORTHEAST, "Search unavailable in ap-northeast", 900,
					"email", false, "negative", "検索が半日以上使えません。いつ復旧しますか？");
			case 8 -> new Ticket(Catalog.API, Catalog.US_EAST, "Urgent maintenance: API in us-east", 15, "chat", false,
					"neutral", "Was tonight's maintenance announced? We only saw a notice yesterday evening.");
			case 9 -> new Ticket(Catalog.SEARCH, Catalog.EU_CENTRAL, "Slow search in eu-west and eu-central", 200,
					"phone", false, "positive", "Thanks for the clear note about slow search this morning");
			case 14 ->
				new Ticket(Catalog.DASHBOARD, Catalog.US_EAST, "Dashboard and API outage in us-east", 25, "twitter",
						true, "abusive", "lol at your 'status page'. Dashboard dead AGAIN at month end. Pathetic.");
			default -> null;
		};
	}

	/** A ticket opened {@code minutesIn} after the impact on its subscription began. */
	record Ticket(String service, String region, String incidentTitle, int minutesIn, String channel, boolean onPublic,
			String sentiment, String subject) {
	}

}
