package dev.aftercare.generate;

import java.util.List;

/** One generated customer with its subscriptions, as the pass over customers needs it. */
record CustomerProfile(String id, String name, Plan plan, Market market, String currency, String contactName,
		String email, String phone, String preferredChannel, String accountManager,
		List<SubscriptionProfile> subscriptions) {

	static String id(int index) {
		return String.format(java.util.Locale.ROOT, "C%06d", index);
	}

}
