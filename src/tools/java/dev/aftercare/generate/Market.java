package dev.aftercare.generate;

import java.time.ZoneId;
import java.util.List;

/**
 * Where a customer is based: the currency it pays in, its time zone, the regions it runs
 * in, and how its phone numbers look (fictional ranges only).
 */
enum Market {

	US("USD", "America/New_York", List.of(Catalog.US_EAST, Catalog.US_WEST), 30),

	UK("GBP", "Europe/London", List.of(Catalog.EU_WEST, Catalog.US_EAST), 13),

	DE("EUR", "Europe/Berlin", List.of(Catalog.EU_CENTRAL, Catalog.EU_WEST), 13),

	FR("EUR", "Europe/Paris", List.of(Catalog.EU_WEST, Catalog.EU_CENTRAL), 10),

	ES("EUR", "Europe/Madrid", List.of(Catalog.EU_WEST, Catalog.EU_CENTRAL), 6),

	NORDIC("EUR", "Europe/Stockholm", List.of(Catalog.EU_CENTRAL, Catalog.EU_WEST), 6),

	JP("JPY", "Asia/Tokyo", List.of(Catalog.AP_NORTHEAST, Catalog.US_WEST), 16);

	private final String currency;

	private final ZoneId zone;

	private final List<String> regions;

	private final int weight;

	Market(String currency, String zone, List<String> regions, int weight) {
		this.currency = currency;
		this.zone = ZoneId.of(zone);
		this.regions = regions;
		this.weight = weight;
	}

	/** The currency most customers of this market pay in. */
	String currency() {
		return this.currency;
	}

	ZoneId zone() {
		return this.zone;
	}

	/** The customer's home region first, then the one it spreads to. */
	List<String> regions() {
		return this.regions;
	}

	String phone(Rng rng) {
		return switch (this) {
			case US -> "+1 " + rng.pick("212", "415", "512", "617", "206") + "-555-01" + digits(rng, 2);
			case UK -> "+44 20 7946 0" + digits(rng, 3);
			case DE -> "+49 30 23125 " + digits(rng, 3);
			case FR -> "+33 1 99 00 " + digits(rng, 2) + " " + digits(rng, 2);
			case ES -> "+34 91 555 " + digits(rng, 2) + " " + digits(rng, 2);
			case NORDIC -> "+46 8 465 00 " + digits(rng, 3);
			case JP -> "+81 3-5550-" + digits(rng, 4);
		};
	}

	static Market random(Rng rng) {
		Market[] markets = values();
		int[] weights = new int[markets.length];
		for (int i = 0; i < markets.length; i++) {
			weights[i] = markets[i].weight;
		}
		return markets[rng.weighted(weights)];
	}

	private static String digits(Rng rng, int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + rng.nextInt(10)));
		}
		return digits.toString();
	}

}
