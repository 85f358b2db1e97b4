package dev.aftercare.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes customer number {@code i} from the seed alone, so customers can be written one at
 * a time and never all held at once. The first few are {@link AnchorCustomers}.
 */
final class CustomerFactory {

	private final long seed;

	private final Month month;

	private final AnchorCustomers anchors;

	CustomerFactory(long seed, Month month) {
		this.seed = seed;
		this.month = month;
		this.anchors = new AnchorCustomers(month);
	}

	CustomerProfile customer(int index) {
		Rng rng = Rng.of(this.seed, 1, index);
		if (index <= this.anchors.count()) {
			return this.anchors.customer(index);
		}
		Market market = Market.random(rng);
		Plan plan = Plan.random(rng);
		String currency = (market != Market.US && rng.chance(0.1)) ? "USD" : market.currency();
		CompanyNames.CompanyName company = CompanyNames.random(market, rng);
		People.Person contact = People.contact(market, rng);
		String email = rng.chance(0.95) ? email(contact, company, rng) : null;
		String phone = rng.chance(0.85) ? market.phone(rng) : null;
		String channel = new String[] { "email", "chat", "phone", "sms", null }[rng.weighted(55, 15, 12, 10, 8)];
		String manager = switch (plan) {
			case ENTERPRISE -> People.accountManager(market, rng);
			case BUSINESS -> rng.chance(0.85) ? People.accountManager(market, rng) : null;
			case STARTER -> rng.chance(0.1) ? People.accountManager(market, rng) : null;
			case FREE -> null;
		};
		return new CustomerProfile(CustomerProfile.id(index), company.display(), plan, market, currency,
				rng.chance(0.95) ? contact.name() : null, email, phone, channel, manager,
				subscriptions(plan, market, currency, rng));
	}

	private static String email(People.Person contact, CompanyNames.CompanyName company, Rng rng) {
		String local = rng.chance(0.15) ? rng.pick("ops", "it", "admin", "billing") : contact.emailLocal();
		return local + "@" + company.slug() + ".example";
	}

	private List<SubscriptionProfile> subscriptions(Plan plan, Market market, String currency, Rng rng) {
		int count = rng.between(plan.minSubscriptions(), plan.maxSubscriptions());
		List<SubscriptionProfile> subscriptions = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int attempt = 0; subscriptions.size() < count && attempt < 30; attempt++) {
			String service = Catalog.SERVICES.get(rng.weighted(Catalog.SERVICE_WEIGHTS));
			String region = region(market, rng);
			if (keys.add(service + "/" + region)) {
				subscriptions.add(subscription(plan, currency, service, region, rng));
			}
		}
		return List.copyOf(subscriptions);
	}

	private static String region(Market market, Rng rng) {
		double roll = rng.nextDouble();
		if (roll < 0.75) {
			return market.regions().get(0);
		}
		return (roll < 0.95) ? market.regions().get(1) : rng.pick(Catalog.REGIONS);
	}

	private SubscriptionProfile subscription(Plan plan, String currency, String service, String region, Rng rng) {
		LocalDate first = this.month.first();
		double roll = rng.nextDouble();
		LocalDate startedOn;
		if (roll < 0.06) {
			startedOn = first.plusDays(rng.between(1, this.month.days() - 2));
		}
		else if (roll < 0.10) {
			startedOn = first.minusDays(rng.between(1, Month.USAGE_DAYS_BEFORE));
		}
		else {
			startedOn = first.minusDays(rng.between(20, 1100));
		}
		LocalDate endedOn = null;
		double end = rng.nextDouble();
		if (end < 0.05) {
			endedOn = first.plusDays(rng.between(1, this.month.days() - 1));
		}
		else if (end < 0.065) {
			endedOn = first.minusDays(rng.between(1, Month.USAGE_DAYS_BEFORE - 1));
		}
		if (endedOn != null && !endedOn.isAfter(startedOn)) {
			endedOn = null;
		}
		double daily = rng.chance(0.07) ? 0 : plan.dailyRequests() * Catalog.trafficShare(service) * rng.logNormal(0.9);
		return new SubscriptionProfile(service, region, fee(plan, currency, service, rng), startedOn, endedOn, daily,
				0.0004 * rng.logNormal(1.0));
	}

	private static long fee(Plan plan, String currency, String service, Rng rng) {
		if (plan == Plan.FREE) {
			return Catalog.paidOnFree(service) ? Money.fromUsCents(rng.between(300, 4000), currency) : 0;
		}
		long cents = Math.round(Catalog.enterpriseCents(service) * plan.priceFactor() * rng.between(0.6, 1.6));
		long minor = Money.fromUsCents(cents, currency);
		return rng.chance(0.4) ? Money.listPrice(minor, currency, rng) : minor;
	}

}
