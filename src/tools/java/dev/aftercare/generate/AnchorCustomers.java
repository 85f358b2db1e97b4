package dev.aftercare.generate;

import java.time.LocalDate;
import java.util.List;

import static dev.aftercare.generate.Catalog.API;
import static dev.aftercare.generate.Catalog.AP_NORTHEAST;
import static dev.aftercare.generate.Catalog.DASHBOARD;
import static dev.aftercare.generate.Catalog.EU_CENTRAL;
import static dev.aftercare.generate.Catalog.EU_WEST;
import static dev.aftercare.generate.Catalog.SEARCH;
import static dev.aftercare.generate.Catalog.STORAGE;
import static dev.aftercare.generate.Catalog.US_EAST;
import static dev.aftercare.generate.Catalog.US_WEST;
import static dev.aftercare.generate.Catalog.WEBHOOKS;

/**
 * The first customers are fixed, so that even a small sample has a customer of each plan
 * in the scope of each scripted incident, awkward names, a subscription nobody uses, and
 * subscriptions that start or end on an incident's day.
 */
final class AnchorCustomers {

	private final Month month;

	private final LocalDate longAgo;

	AnchorCustomers(Month month) {
		this.month = month;
		this.longAgo = month.first().minusDays(400);
	}

	int count() {
		return 14;
	}

	CustomerProfile customer(int index) {
		return switch (index) {
			case 1 -> customer(index, "Müller & Söhne GmbH", Plan.ENTERPRISE, Market.DE, "EUR", "Jürgen Weiß",
					"juergen.weiss@mueller-soehne.example", "phone", "Lukas Becker", sub(API, EU_WEST, 684000),
					sub(WEBHOOKS, EU_WEST, 72500), sub(STORAGE, EU_WEST, 243090), sub(DASHBOARD, EU_CENTRAL, 85000));
			case 2 ->
				customer(index, "Zoë's Café", Plan.BUSINESS, Market.UK, "GBP", "Zoë Lefèvre", "zoe@zoes-cafe.example",
						"email", "Aoife Gallagher", sub(API, EU_WEST, 74990), sub(STORAGE, EU_WEST, 41250));
			case 3 -> customer(index, "Smith, Jones & Partners", Plan.STARTER, Market.US, "USD", "Grace Smith",
					"grace.smith@smith-jones-partners.example", "sms", null, sub(API, US_EAST, 14900),
					sub(WEBHOOKS, US_EAST, 2900), sub(DASHBOARD, US_EAST, 4900));
			case 4 -> customer(index, "Café Olé, S.L.", Plan.FREE, Market.ES, "EUR", "Begoña Núñez",
					"begona.nunez@cafe-ole.example", null, null, sub(API, EU_WEST, 0), sub(STORAGE, EU_WEST, 1290),
					sub(DASHBOARD, EU_WEST, 0));
			case 5 -> customer(index, "株式会社さくらテック", Plan.ENTERPRISE, Market.JP, "JPY", "佐藤 花子",
					"hanako.sato@sakura-tech.example", "email", "Kenji Watanabe", sub(SEARCH, AP_NORTHEAST, 268000),
					sub(API, AP_NORTHEAST, 742500), sub(STORAGE, AP_NORTHEAST, 391234),
					sub(WEBHOOKS, AP_NORTHEAST, 88000));
			case 6 -> customer(index, "山田商事株式会社", Plan.BUSINESS, Market.JP, "JPY", "Daisuke Yamamoto",
					"daisuke.yamamoto@yamada-shoji.example", "chat", "Yui Nakamura", sub(SEARCH, AP_NORTHEAST, 45678),
					sub(API, AP_NORTHEAST, 123450));
			case 7 -> customer(index, "The \"Good\" Bakery", Plan.STARTER, Market.US, "USD", "Marcus Brooks",
					"marcus@good-bakery.example", "email", null, sub(API, US_WEST, 9900), sub(STORAGE, US_WEST, 2450));
			case 8 -> customer(index, "=Equals Consulting", Plan.ENTERPRISE, Market.US, "USD", "Aaliyah Washington",
					"ops@equals-consulting.example", "phone", "Priya Raman", sub(API, US_EAST, 512345),
					sub(STORAGE, US_EAST, 198000), sub(DASHBOARD, US_EAST, 75000));
			case 9 -> customer(index, "Ångström Analytics AB", Plan.BUSINESS, Market.NORDIC, "EUR", "Åsa Åkesson",
					"asa.akesson@angstrom-analytics.example", "email", "Chloé Martin", sub(STORAGE, EU_CENTRAL, 46000),
					sub(SEARCH, EU_CENTRAL, 31999), sub(DASHBOARD, EU_CENTRAL, 12000));
			case 10 -> customer(index, "+Plus Logistics", Plan.ENTERPRISE, Market.UK, "GBP", "Rhys Llewellyn",
					"rhys.llewellyn@plus-logistics.example", "email", "Aoife Gallagher", unused(API, EU_WEST, 395000),
					sub(API, US_EAST, 402500), sub(SEARCH, EU_WEST, 140000));
			case 11 -> customer(index, "O'Brien & Daughters", Plan.BUSINESS, Market.UK, "GBP", "Siobhan O'Connor",
					"siobhan.oconnor@obrien-daughters.example", "chat", "Tom Whitaker",
					sub(API, EU_WEST, 69900, this.month.first().plusDays(5), null),
					sub(WEBHOOKS, US_EAST, 8950, this.longAgo, this.month.first().plusDays(8)),
					sub(STORAGE, EU_WEST, 38500, this.longAgo, this.month.first().plusDays(26)));
			case 12 -> customer(index, "-minus studio", Plan.FREE, Market.FR, "EUR", "Gaël Mercier",
					"gael@minus-studio.example", "chat", null, sub(API, US_WEST, 0), sub(SEARCH, AP_NORTHEAST, 990),
					sub(DASHBOARD, US_EAST, 0));
			case 13 -> customer(index, "@home Networks", Plan.STARTER, Market.JP, "USD", "Takumi Ito",
					"takumi.ito@home-networks.example", "email", null, sub(SEARCH, AP_NORTHEAST, 5900),
					sub(API, AP_NORTHEAST, 11900));
			case 14 -> customer(index, "\"Quoted\" Media, Inc.", Plan.BUSINESS, Market.US, "USD", "Connor Sullivan",
					"connor.sullivan@quoted-media.example", "sms", "Samuel Okafor", sub(API, US_WEST, 120000),
					sub(DASHBOARD, US_EAST, 15000), sub(STORAGE, US_EAST, 42990));
			default -> throw new IllegalArgumentException("no anchor customer " + index);
		};
	}

	private static CustomerProfile customer(int index, String name, Plan plan, Market market, String currency,
			String contact, String email, String channel, String manager, Draft... subscriptions) {
		List<SubscriptionProfile> profiles = java.util.Arrays.stream(subscriptions)
			.map((draft) -> draft.profile(plan))
			.toList();
		return new CustomerProfile(CustomerProfile.id(index), name, plan, market, currency, contact, email,
				market.phone(Rng.of(index)), channel, manager, profiles);
	}

	private Draft sub(String service, String region, long feeMinor) {
		return new Draft(service, region, feeMinor, this.longAgo, null, false);
	}

	private Draft sub(String service, String region, long feeMinor, LocalDate startedOn, LocalDate endedOn) {
		return new Draft(service, region, feeMinor, startedOn, endedOn, false);
	}

	private Draft unused(String service, String region, long feeMinor) {
		return new Draft(service, region, feeMinor, this.longAgo, null, true);
	}

	private record Draft(String service, String region, long feeMinor, LocalDate startedOn, LocalDate endedOn,
			boolean unused) {

		SubscriptionProfile profile(Plan plan) {
			double daily = this.unused ? 0 : plan.dailyRequests() * Catalog.trafficShare(this.service);
			return new SubscriptionProfile(this.service, this.region, this.feeMinor, this.startedOn, this.endedOn,
					daily, 0.0005);
		}

	}

}
