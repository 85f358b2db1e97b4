package dev.aftercare.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import dev.aftercare.model.Customer;
import dev.aftercare.model.Incident;
import dev.aftercare.model.Subscription;
import dev.aftercare.model.Ticket;

/** {@link Known} over maps, filled with {@code add...} as rows are accepted. */
public class InMemoryKnown implements Known {

	private final Map<String, Line<Customer>> customers;

	private final Map<List<String>, Long> subscriptions = new ConcurrentHashMap<>();

	private final Map<String, Line<Incident>> incidents = new ConcurrentHashMap<>();

	private final Map<String, Long> tickets = new ConcurrentHashMap<>();

	public InMemoryKnown() {
		this(new ConcurrentHashMap<>());
	}

	private InMemoryKnown(Map<String, Line<Customer>> customers) {
		this.customers = customers;
	}

	/**
	 * Knows the customers {@code known} knows, and nothing else yet: the customers are
	 * shared, not copied, so adding one adds it to both.
	 */
	static InMemoryKnown withCustomersOf(InMemoryKnown known) {
		return new InMemoryKnown(known.customers);
	}

	/** Records an accepted customer; the first one of an id stays. */
	public InMemoryKnown addCustomer(Customer customer, long line) {
		this.customers.putIfAbsent(customer.customerId(), new Line<>(customer, line));
		return this;
	}

	public InMemoryKnown addSubscription(Subscription subscription, long line) {
		this.subscriptions
			.putIfAbsent(List.of(subscription.customerId(), subscription.service(), subscription.region()), line);
		return this;
	}

	public InMemoryKnown addIncident(Incident incident, long line) {
		this.incidents.putIfAbsent(incident.incidentId(), new Line<>(incident, line));
		return this;
	}

	public InMemoryKnown addTicket(Ticket ticket, long line) {
		this.tickets.putIfAbsent(ticket.ticketId(), line);
		return this;
	}

	@Override
	public Optional<String> currencyOfCustomer(String customerId) {
		return Optional.ofNullable(this.customers.get(customerId)).map((known) -> known.value().currency());
	}

	@Override
	public Optional<Incident> incident(String incidentId) {
		return Optional.ofNullable(this.incidents.get(incidentId)).map(Line::value);
	}

	@Override
	public OptionalLong customerLine(String customerId) {
		return lineOf(this.customers.get(customerId));
	}

	@Override
	public OptionalLong subscriptionLine(String customerId, String service, String region) {
		return lineOf(this.subscriptions.get(List.of(customerId, service, region)));
	}

	@Override
	public OptionalLong incidentLine(String incidentId) {
		return lineOf(this.incidents.get(incidentId));
	}

	@Override
	public OptionalLong ticketLine(String ticketId) {
		return lineOf(this.tickets.get(ticketId));
	}

	private static OptionalLong lineOf(Line<?> known) {
		return (known != null) ? OptionalLong.of(known.line()) : OptionalLong.empty();
	}

	private static OptionalLong lineOf(Long line) {
		return (line != null) ? OptionalLong.of(line) : OptionalLong.empty();
	}

	private record Line<T>(T value, long line) {
	}

}
