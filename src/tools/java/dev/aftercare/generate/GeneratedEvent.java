package dev.aftercare.generate;

import java.time.Instant;
import java.util.List;

/**
 * One line of an incident's timeline.
 *
 * @param status for {@code status} events, else {@code null}
 * @param services for {@code status} events: the services named; empty for all
 * @param regions likewise for regions
 */
record GeneratedEvent(Instant at, String kind, String status, List<String> services, List<String> regions,
		String visibility, String channel, String author, String message) {

	boolean isStatus() {
		return "status".equals(this.kind);
	}

	/** The same event without a channel: recorded in the timeline, never sent. */
	GeneratedEvent unposted() {
		return new GeneratedEvent(this.at, this.kind, this.status, this.services, this.regions, this.visibility, null,
				this.author, this.message);
	}

	boolean isPublic() {
		return "public".equals(this.visibility);
	}

}
