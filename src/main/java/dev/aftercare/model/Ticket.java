package dev.aftercare.model;

import java.time.Instant;

/** A row of {@code tickets.csv}; optional values are {@code null} when absent. */
public record Ticket(String ticketId, String customerId, String incidentId, Instant openedAt, String channel,
		boolean publicChannel, String sentiment, String subject) {
}
