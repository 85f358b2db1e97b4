package dev.aftercare.ingest;

import java.time.Instant;
import java.util.List;

import dev.aftercare.model.Ticket;

/**
 * Checks a row of {@code tickets.csv}; its customer, and its incident when it names one,
 * must be known.
 */
public final class TicketRowCheck {

	static final List<String> CHANNELS = List.of("email", "chat", "phone", "twitter", "facebook", "other");

	static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative", "abusive");

	private static final List<String> BOOLEANS = List.of("true", "false");

	private final Known known;

	private final AcceptedKeys<String> ids;

	public TicketRowCheck(Known known) {
		this.known = known;
		this.ids = new AcceptedKeys<>(known::ticketLine);
	}

	public Checked<Ticket> check(CsvRow row) {
		return Checked.of(() -> {
			Cells cells = new Cells(row);
			String id = cells.required("ticket_id");
			String customerId = cells.required("customer_id");
			String incidentId = cells.optional("incident_id");
			Instant openedAt = cells.requiredInstant("opened_at");
			String channel = cells.requiredOneOf("channel", CHANNELS);
			boolean publicChannel = "true".equals(cells.oneOf("public", BOOLEANS));
			String sentiment = cells.oneOf("sentiment", SENTIMENTS);
			if (this.known.currencyOfCustomer(customerId).isEmpty()) {
				throw new RowRejection("unknown customer_id '" + customerId + "'");
			}
			if (incidentId != null && this.known.incident(incidentId).isEmpty()) {
				throw new RowRejection("unknown incident_id '" + incidentId + "'");
			}
			Ticket ticket = new Ticket(id, customerId, incidentId, openedAt, channel, publicChannel, sentiment,
					cells.text("subject"));
			this.ids.claim(id, row.line(), "ticket_id=" + id);
			return ticket;
		});
	}

}
