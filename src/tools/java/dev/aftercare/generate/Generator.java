package dev.aftercare.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import dev.aftercare.terms.TermsLoader;

/**
 * Writes every file in one pass over the customers: each customer is made from the seed,
 * written with its subscriptions, usage and tickets, and forgotten.
 */
final class Generator {

	private final GenerateOptions options;

	Generator(GenerateOptions options) {
		this.options = options;
	}

	void generate() throws IOException {
		Path dir = this.options.out();
		Files.createDirectories(dir);
		Month month = new Month(this.options.period());
		long seed = this.options.seed();
		List<GeneratedIncident> incidents = IncidentPlan.incidents(month, seed, this.options.customers());
		ImpactCalendar calendar = new ImpactCalendar(incidents, month);
		try (CsvOut customers = new CsvOut(dir.resolve("customers.csv"), Columns.CUSTOMERS);
				CsvOut subscriptions = new CsvOut(dir.resolve("subscriptions.csv"), Columns.SUBSCRIPTIONS);
				CsvOut incidentsOut = new CsvOut(dir.resolve("incidents.csv"), Columns.INCIDENTS);
				CsvOut events = new CsvOut(dir.resolve("incident_events.csv"), Columns.INCIDENT_EVENTS);
				CsvOut usage = new CsvOut(dir.resolve("usage.csv"), Columns.USAGE);
				CsvOut tickets = new CsvOut(dir.resolve("tickets.csv"), Columns.TICKETS)) {
			IncidentWriter.write(incidents, incidentsOut, events);
			CustomerFactory factory = new CustomerFactory(seed, month);
			UsageWriter usageWriter = new UsageWriter(seed, month, calendar, usage);
			TicketWriter ticketWriter = new TicketWriter(seed, month, calendar, tickets);
			for (int index = 1; index <= this.options.customers(); index++) {
				CustomerProfile customer = factory.customer(index);
				write(customer, customers, subscriptions);
				usageWriter.write(index, customer);
				ticketWriter.write(index, customer);
			}
			if (this.options.samples()) {
				BadRows bad = new BadRows(month, incidents);
				bad.customers(customers);
				bad.subscriptions(subscriptions);
				bad.incidents(incidentsOut);
				bad.events(events);
				bad.usage(usage);
				bad.tickets(tickets);
			}
		}
		if (this.options.usageParts() > 0) {
			UsageSplit.split(dir.resolve("usage.csv"), dir.resolve("usage"), this.options.usageParts());
		}
		// the generated company offers the bundled default terms, where the free plan has
		// no SLA
		try (InputStream terms = Generator.class.getClassLoader().getResourceAsStream(TermsLoader.DEFAULT_TERMS)) {
			Files.copy(terms, dir.resolve("terms.yml"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void write(CustomerProfile customer, CsvOut customers, CsvOut subscriptions) throws IOException {
		customers.row(customer.id(), customer.name(), customer.plan().code(), customer.currency(),
				customer.contactName(), customer.email(), customer.phone(), customer.preferredChannel(),
				customer.accountManager());
		for (SubscriptionProfile subscription : customer.subscriptions()) {
			subscriptions.row(customer.id(), subscription.service(), subscription.region(),
					Money.format(subscription.feeMinor(), customer.currency()), subscription.startedOn(),
					subscription.endedOn());
		}
	}

}
