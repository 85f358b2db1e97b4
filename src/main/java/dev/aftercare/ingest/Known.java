package dev.aftercare.ingest;

import java.util.Optional;
import java.util.OptionalLong;

import dev.aftercare.model.Incident;

/**
 * What the run has already accepted and stored: the rows of files loaded before, and the
 * rows of the current file that earlier chunks wrote (which matters on a restart).
 * Rejected rows are never known. The checks add what they accept in this run on their
 * own, so an implementation only has to answer from what is stored.
 */
public interface Known {

	/** The currency of an accepted customer; empty when the customer is unknown. */
	Optional<String> currencyOfCustomer(String customerId);

	/** An accepted incident. */
	Optional<Incident> incident(String incidentId);

	/** The line of {@code customers.csv} where this customer was accepted. */
	OptionalLong customerLine(String customerId);

	/** The line of {@code subscriptions.csv} where this subscription was accepted. */
	OptionalLong subscriptionLine(String customerId, String service, String region);

	/** The line of {@code incidents.csv} where this incident was accepted. */
	OptionalLong incidentLine(String incidentId);

	/** The line of {@code tickets.csv} where this ticket was accepted. */
	OptionalLong ticketLine(String ticketId);

}
