package dev.aftercare.generate;

import java.util.List;

/** What the generated company sells, and where. */
final class Catalog {

	static final String API = "api";

	static final String DASHBOARD = "dashboard";

	static final String STORAGE = "storage";

	static final String WEBHOOKS = "webhooks";

	static final String SEARCH = "search";

	static final List<String> SERVICES = List.of(API, DASHBOARD, STORAGE, WEBHOOKS, SEARCH);

	/** How often each of {@link #SERVICES} is among a customer's subscriptions. */
	static final int[] SERVICE_WEIGHTS = { 40, 25, 15, 10, 10 };

	static final String US_EAST = "us-east";

	static final String US_WEST = "us-west";

	static final String EU_WEST = "eu-west";

	static final String EU_CENTRAL = "eu-central";

	static final String AP_NORTHEAST = "ap-northeast";

	static final List<String> REGIONS = List.of(US_EAST, US_WEST, EU_WEST, EU_CENTRAL, AP_NORTHEAST);

	private Catalog() {
	}

	/** An enterprise list price in US cents per month, before the plan's multiplier. */
	static long enterpriseCents(String service) {
		return switch (service) {
			case API -> 500_000;
			case DASHBOARD -> 90_000;
			case STORAGE -> 250_000;
			case WEBHOOKS -> 60_000;
			case SEARCH -> 180_000;
			default -> throw new IllegalArgumentException(service);
		};
	}

	/** How many requests a day a service sees relative to the API. */
	static double trafficShare(String service) {
		return switch (service) {
			case API -> 1.0;
			case DASHBOARD -> 0.04;
			case STORAGE -> 0.3;
			case WEBHOOKS -> 0.2;
			case SEARCH -> 0.15;
			default -> throw new IllegalArgumentException(service);
		};
	}

	/** Free accounts pay only for what they store and search. */
	static boolean paidOnFree(String service) {
		return STORAGE.equals(service) || SEARCH.equals(service);
	}

}
