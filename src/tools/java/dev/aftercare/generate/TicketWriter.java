package dev.aftercare.generate;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tickets as customers open them: most during an incident they were hit by, some on
 * public channels, some angry, and a few about other things. Numbered in the order
 * written.
 */
final class TicketWriter {

	private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx",
			Locale.ROOT);

	private static final String[] CHANNELS = { "email", "chat", "phone", "twitter", "facebook", "other" };

	private final long seed;

	private final Month month;

	private final ImpactCalendar calendar;

	private final CsvOut out;

	private int count;

	TicketWriter(long seed, Month month, ImpactCalendar calendar, CsvOut out) {
		this.seed = seed;
		this.month = month;
		this.calendar = calendar;
		this.out = out;
	}

	void write(int index, CustomerProfile customer) throws IOException {
		Rng rng = Rng.of(this.seed, 4, index);
		AnchorTickets.Ticket anchor = AnchorTickets.of(index);
		if (anchor != null) {
			writeAnchor(customer, anchor);
			return;
		}
		for (SubscriptionProfile subscription : customer.subscriptions()) {
			for (ImpactCalendar.Window window : this.calendar.windows(subscription.service(), subscription.region())) {
				if (!subscription.dormant() && activeDuring(subscription, window)
						&& rng.chance(customer.plan().ticketChance() * severityFactor(window.incident()))) {
					writeAbout(customer, subscription, window, rng);
				}
			}
		}
		if (rng.chance(0.02)) {
			Instant at = this.month.start().plusSeconds(rng.nextInt(this.month.days() * 86_400));
			write(customer, null, at, rng.pick("email", "chat", "phone"), rng.pick("false", null),
					rng.pick("neutral", "positive", null), rng.pick(TicketSubjects.GENERAL));
		}
	}

	private void writeAbout(CustomerProfile customer, SubscriptionProfile subscription, ImpactCalendar.Window window,
			Rng rng) throws IOException {
		long minutes = Math.max(1, (window.end().getEpochSecond() - window.start().getEpochSecond()) / 60);
		Instant at = window.start().plusSeconds(60L * rng.between(5, (int) Math.min(minutes + 30, 300)));
		String channel = CHANNELS[rng.weighted(40, 25, 10, 15, 4, 6)];
		boolean onPublic = channel.equals("twitter") || channel.equals("facebook");
		String sentiment = onPublic
				? new String[] { "negative", "abusive", "neutral", "positive" }[rng.weighted(55, 12, 28, 5)]
				: new String[] { "neutral", "negative", "abusive", "positive", null }[rng.weighted(50, 33, 4, 8, 5)];
		String subject = TicketSubjects.about(subscription.service(), subscription.region(), sentiment,
				customer.market() == Market.JP && rng.chance(0.4), rng);
		write(customer, window.incident().id(), at, channel, onPublic ? "true" : rng.pick("false", null), sentiment,
				subject);
	}

	private void writeAnchor(CustomerProfile customer, AnchorTickets.Ticket ticket) throws IOException {
		for (ImpactCalendar.Window window : this.calendar.windows(ticket.service(), ticket.region())) {
			if (window.incident().title().equals(ticket.incidentTitle())) {
				Instant at = window.start().plusSeconds(60L * ticket.minutesIn());
				write(customer, window.incident().id(), at, ticket.channel(), ticket.onPublic() ? "true" : "false",
						ticket.sentiment(), ticket.subject());
			}
		}
	}

	private void write(CustomerProfile customer, String incidentId, Instant at, String channel, String onPublic,
			String sentiment, String subject) throws IOException {
		this.count++;
		String id = String.format(Locale.ROOT, "T%07d", this.count);
		this.out.row(id, customer.id(), incidentId, LOCAL_TIME.format(at.atZone(customer.market().zone())), channel,
				onPublic, sentiment, subject);
	}

	private static boolean activeDuring(SubscriptionProfile subscription, ImpactCalendar.Window window) {
		Instant from = subscription.startedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		Instant until = (subscription.endedOn() != null)
				? subscription.endedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.MAX;
		return from.isBefore(window.end()) && until.isAfter(window.start());
	}

	private static double severityFactor(GeneratedIncident incident) {
		return switch (incident.severity()) {
			case "SEV1" -> 1.0;
			case "SEV2" -> 0.6;
			case "SEV3" -> 0.3;
			default -> 0.1;
		};
	}

}
