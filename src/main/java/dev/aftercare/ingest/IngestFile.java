package dev.aftercare.ingest;

import java.util.function.Function;

import dev.aftercare.ingest.RowInserts.RowInsert;

/**
 * How one input file is loaded: the check its rows pass and where accepted rows go.
 *
 * @param <T> the record a valid row becomes
 */
record IngestFile<T>(InputFile kind, Function<Known, Function<CsvRow, Checked<T>>> checks, RowInsert<T> insert) {

	static IngestFile<?> of(InputFile kind) {
		return switch (kind) {
			case CUSTOMERS ->
				new IngestFile<>(kind, (known) -> new CustomerRowCheck(known)::check, RowInserts.CUSTOMER);
			case SUBSCRIPTIONS ->
				new IngestFile<>(kind, (known) -> new SubscriptionRowCheck(known)::check, RowInserts.SUBSCRIPTION);
			case INCIDENTS ->
				new IngestFile<>(kind, (known) -> new IncidentRowCheck(known)::check, RowInserts.INCIDENT);
			case INCIDENT_EVENTS ->
				new IngestFile<>(kind, (known) -> new IncidentEventRowCheck(known)::check, RowInserts.EVENT);
			case USAGE -> throw new IllegalArgumentException(
					kind.fileName() + " is loaded by " + UsageReadTasklet.class.getSimpleName() + ", not in chunks");
			case TICKETS -> new IngestFile<>(kind, (known) -> new TicketRowCheck(known)::check, RowInserts.TICKET);
		};
	}

	/** The step that loads {@code kind}, named after it: {@code ingestIncidentEvents}. */
	static String stepName(InputFile kind) {
		StringBuilder name = new StringBuilder("ingest");
		for (String word : kind.name().split("_")) {
			name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		return name.toString();
	}

}
