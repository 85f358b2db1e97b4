package dev.aftercare.generate;

/**
 * The plans customers are on. {@code free} is not in the terms, so it has no SLA and only
 * goodwill can credit it.
 */
enum Plan {

	ENTERPRISE("enterprise", 8, 2, 4, 1.0, 400_000, 0.30),

	BUSINESS("business", 22, 1, 4, 0.18, 60_000, 0.15),

	STARTER("starter", 40, 1, 3, 0.025, 6_000, 0.06),

	FREE("free", 30, 1, 2, 0.0, 600, 0.03);

	private final String code;

	private final int weight;

	private final int minSubscriptions;

	private final int maxSubscriptions;

	private final double priceFactor;

	private final int dailyRequests;

	private final double ticketChance;

	Plan(String code, int weight, int minSubscriptions, int maxSubscriptions, double priceFactor, int dailyRequests,
			double ticketChance) {
		this.code = code;
		this.weight = weight;
		this.minSubscriptions = minSubscriptions;
		this.maxSubscriptions = maxSubscriptions;
		this.priceFactor = priceFactor;
		this.dailyRequests = dailyRequests;
		this.ticketChance = ticketChance;
	}

	String code() {
		return this.code;
	}

	int minSubscriptions() {
		return this.minSubscriptions;
	}

	int maxSubscriptions() {
		return this.maxSubscriptions;
	}

	/** Share of the enterprise list price. */
	double priceFactor() {
		return this.priceFactor;
	}

	/** Typical API requests a day of one subscription. */
	int dailyRequests() {
		return this.dailyRequests;
	}

	/** How likely an affected subscription of this plan opens a ticket. */
	double ticketChance() {
		return this.ticketChance;
	}

	static Plan random(Rng rng) {
		Plan[] plans = values();
		int[] weights = new int[plans.length];
		for (int i = 0; i < plans.length; i++) {
			weights[i] = plans[i].weight;
		}
		return plans[rng.weighted(weights)];
	}

}
