package dev.aftercare.generate;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily usage of one customer's subscriptions, from before the period's lookback to the
 * end of the period, written row by row. Outages show in it: traffic drops during a full
 * outage and errors rise during a partial one.
 */
final class UsageWriter {

	private final long seed;

	private final Month month;

	private final ImpactCalendar calendar;

	private final CsvOut out;

	UsageWriter(long seed, Month month, ImpactCalendar calendar, CsvOut out) {
		this.seed = seed;
		this.month = month;
		this.calendar = calendar;
		this.out = out;
	}

	void write(int index, CustomerProfile customer) throws IOException {
		List<SubscriptionProfile> subscriptions = customer.subscriptions();
		for (int i = 0; i < subscriptions.size(); i++) {
			write(customer.id(), subscriptions.get(i), shares(customer.plan()), Rng.of(this.seed, 3, index, i));
		}
		Rng trial = Rng.of(this.seed, 5, index);
		if (trial.chance(0.01)) {
			// a short trial of something not subscribed to: accepted, and plays no part
			String service = trial.pick(Catalog.SERVICES);
			String region = trial.pick(Catalog.REGIONS);
			if (subscriptions.stream().noneMatch((s) -> s.service().equals(service) && s.region().equals(region))) {
				LocalDate date = this.month.first().plusDays(trial.between(0, this.month.days() - 3));
				for (int day = 0; day < 3; day++) {
					this.out.row(customer.id(), service, region, date.plusDays(day), trial.between(1, 400), 0);
				}
			}
		}
	}

	private void write(String customerId, SubscriptionProfile subscription, double[] shares, Rng rng)
			throws IOException {
		LocalDate from = later(this.month.usageFrom(), subscription.startedOn());
		LocalDate to = this.month.last();
		if (subscription.endedOn() != null && !subscription.endedOn().isAfter(to)) {
			to = subscription.endedOn().minusDays(1);
		}
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			if (subscription.dormant()) {
				this.out.row(customerId, subscription.service(), subscription.region(), date, 0, 0);
				continue;
			}
			double expected = subscription.dailyRequests() * weekday(date) * rng.logNormal(0.15);
			String service = subscription.service();
			String region = subscription.region();
			long requests = Math.round(expected * (1 - this.calendar.lost(service, region, date)));
			long errors = 0;
			if (rng.chance(0.6)) {
				errors = Math.round(requests * subscription.errorRate() * rng.logNormal(0.8));
			}
			errors += Math.round(expected * this.calendar.failing(service, region, date));
			writeDay(customerId, subscription, date, requests, Math.min(errors, requests), shares);
		}
	}

	/** One row per API key of the customer: rows with the same key add up. */
	private void writeDay(String customerId, SubscriptionProfile subscription, LocalDate date, long requests,
			long errors, double[] shares) throws IOException {
		long requestsLeft = requests;
		long errorsLeft = errors;
		for (int i = 0; i < shares.length; i++) {
			boolean last = i == shares.length - 1;
			long partRequests = last ? requestsLeft : Math.min(requestsLeft, Math.round(requests * shares[i]));
			long partErrors = Math.min(partRequests,
					Math.min(errorsLeft, last ? errorsLeft : Math.round(errors * shares[i])));
			this.out.row(customerId, subscription.service(), subscription.region(), date, partRequests, partErrors);
			requestsLeft -= partRequests;
			errorsLeft -= partErrors;
		}
	}

	/**
	 * Larger customers use several API keys (production, staging, batch), each reported
	 * apart.
	 */
	private static double[] shares(Plan plan) {
		return switch (plan) {
			case ENTERPRISE -> new double[] { 0.8, 0.15, 0.05 };
			case BUSINESS -> new double[] { 0.9, 0.1 };
			default -> new double[] { 1.0 };
		};
	}

	private static double weekday(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) ? 0.55 : 1.0;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
