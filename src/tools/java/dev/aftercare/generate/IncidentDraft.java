package dev.aftercare.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an incident the way its people lived it: status changes, public updates on their
 * channels, internal notes. Public messages go to the status page unless channels are
 * named; one row per channel.
 */
final class IncidentDraft {

	private static final String STATUS_PAGE = "status_page";

	private final String severity;

	private final String type;

	private final String title;

	private final List<String> services;

	private final List<String> regions;

	private final Instant startedAt;

	private final List<GeneratedEvent> events = new ArrayList<>();

	private Instant detectedAt;

	private Instant resolvedAt;

	private Instant announcedAt;

	private String exclusion;

	private String impact;

	private String cause;

	private String rootCause;

	private String workaround;

	private List<String> remediation = List.of();

	private String author = "Rosa Delgado";

	private IncidentDraft(String severity, String type, String title, List<String> services, List<String> regions,
			Instant startedAt) {
		this.severity = severity;
		this.type = type;
		this.title = title;
		this.services = services;
		this.regions = regions;
		this.startedAt = startedAt;
	}

	/** {@code regions} empty means {@code *}. */
	static IncidentDraft incident(String severity, String title, List<String> services, List<String> regions,
			Instant startedAt) {
		return new IncidentDraft(severity, "incident", title, services, regions, startedAt);
	}

	static IncidentDraft maintenance(String severity, String title, List<String> services, List<String> regions,
			Instant startedAt, Instant announcedAt) {
		IncidentDraft draft = new IncidentDraft(severity, "maintenance", title, services, regions, startedAt);
		draft.announcedAt = announcedAt;
		return draft;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	/** Who signs the public messages from here on. */
	IncidentDraft author(String author) {
		this.author = author;
		return this;
	}

	IncidentDraft texts(String impact, String cause, String rootCause, String workaround, String... remediation) {
		this.impact = impact;
		this.cause = cause;
		this.rootCause = rootCause;
		this.workaround = workaround;
		this.remediation = List.of(remediation);
		return this;
	}

	IncidentDraft excluded(String exclusion) {
		this.exclusion = exclusion;
		return this;
	}

	IncidentDraft detected(Instant at, String message) {
		this.detectedAt = at;
		return add(at, "detected", null, List.of(), List.of(), "internal", null, "monitoring", message);
	}

	IncidentDraft acknowledged(Instant at, String message, String... channels) {
		return publish(at, "acknowledged", message, channels);
	}

	/** A status for the whole scope. */
	IncidentDraft status(Instant at, String status, String message) {
		return status(at, status, List.of(), List.of(), message);
	}

	IncidentDraft status(Instant at, String status, List<String> services, List<String> regions, String message) {
		return add(at, "status", status, services, regions, "public", STATUS_PAGE, this.author, message);
	}

	IncidentDraft update(Instant at, String message, String... channels) {
		return publish(at, "update", message, channels);
	}

	/** A text message, for the urgent: it must fit in one SMS. */
	IncidentDraft sms(Instant at, String message) {
		if (message.length() > 160) {
			throw new IllegalArgumentException("SMS longer than 160 characters: " + message);
		}
		return add(at, "update", null, List.of(), List.of(), "public", "sms", this.author, message);
	}

	IncidentDraft note(Instant at, String who, String message) {
		return add(at, "note", null, List.of(), List.of(), "internal", null, who, message);
	}

	IncidentDraft mitigated(Instant at, String message, String... channels) {
		return publish(at, "mitigated", message, channels);
	}

	IncidentDraft resolved(Instant at, String message, String... channels) {
		this.resolvedAt = at;
		return publish(at, "resolved", message, channels);
	}

	IncidentDraft allClear(Instant at, String message, String... channels) {
		return publish(at, "all_clear", message, channels);
	}

	/**
	 * Public updates from {@code from} until before {@code until}, spaced by the steps in
	 * turn (minutes), with the messages in turn.
	 */
	IncidentDraft cadence(Instant from, Instant until, int[] steps, List<String> messages, String... channels) {
		Instant at = from;
		for (int i = 0; at.isBefore(until); i++) {
			update(at, messages.get(i % messages.size()), channels);
			at = at.plusSeconds(steps[i % steps.length] * 60L);
		}
		return this;
	}

	GeneratedIncident build() {
		Instant acknowledged = this.events.stream()
			.filter((event) -> event.kind().equals("acknowledged"))
			.map(GeneratedEvent::at)
			.min(Comparator.naturalOrder())
			.orElse(Instant.MIN);
		List<GeneratedEvent> timeline = new ArrayList<>();
		for (GeneratedEvent event : this.events) {
			// a status set before anyone had said a word was recorded afterwards, not
			// posted
			timeline.add((event.isStatus() && event.at().isBefore(acknowledged)) ? event.unposted() : event);
		}
		timeline.sort(Comparator.comparing(GeneratedEvent::at));
		return new GeneratedIncident(null, this.title, this.severity, this.type, this.services, this.regions,
				this.startedAt, this.detectedAt, this.resolvedAt, this.announcedAt, this.exclusion, this.impact,
				this.cause, this.rootCause, this.workaround, this.remediation, List.copyOf(timeline));
	}

	private IncidentDraft publish(Instant at, String kind, String message, String... channels) {
		String[] targets = (channels.length > 0) ? channels : new String[] { STATUS_PAGE };
		for (String channel : targets) {
			add(at, kind, null, List.of(), List.of(), "public", channel, this.author, message);
		}
		return this;
	}

	private IncidentDraft add(Instant at, String kind, String status, List<String> services, List<String> regions,
			String visibility, String channel, String who, String message) {
		this.events.add(new GeneratedEvent(at, kind, status, services, regions, visibility, channel, who, message));
		return this;
	}

}
