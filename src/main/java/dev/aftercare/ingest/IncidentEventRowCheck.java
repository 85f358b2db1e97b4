package dev.aftercare.ingest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import dev.aftercare.model.EventKind;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.Status;
import dev.aftercare.model.Visibility;

/**
 * Checks a row of {@code incident_events.csv}: its incident must be an accepted one, and
 * a {@code status} event must stay within the incident's services and regions.
 */
public final class IncidentEventRowCheck {

	static final List<String> CHANNELS = List.of("status_page", "email", "twitter", "sms", "chat", "phone", "other");

	private static final List<String> KINDS = Arrays.stream(EventKind.values()).map(EventKind::code).toList();

	private static final List<String> STATUSES = Arrays.stream(Status.values()).map(Status::code).toList();

	private static final List<String> VISIBILITIES = Arrays.stream(Visibility.values()).map(Visibility::code).toList();

	private final Known known;

	public IncidentEventRowCheck(Known known) {
		this.known = known;
	}

	public Checked<IncidentEvent> check(CsvRow row) {
		return Checked.of(() -> {
			Cells cells = new Cells(row);
			String incidentId = cells.required("incident_id");
			Instant occurredAt = cells.requiredInstant("occurred_at");
			EventKind kind = cells.requiredCode("kind", EventKind::fromCode, KINDS);
			Visibility visibility = cells.requiredCode("visibility", Visibility::fromCode, VISIBILITIES);
			String channel = cells.oneOf("channel", CHANNELS);
			Incident incident = this.known.incident(incidentId)
				.orElseThrow(() -> new RowRejection("unknown incident_id '" + incidentId + "'"));
			Status status = null;
			List<String> services = List.of();
			List<String> regions = List.of();
			// status, services and regions mean something for status events only
			if (kind == EventKind.STATUS) {
				if (cells.optional("status") == null) {
					throw new RowRejection("status is required when kind is status");
				}
				status = cells.requiredCode("status", Status::fromCode, STATUSES);
				services = cells.list("services");
				regions = cells.regions("regions");
				checkScope(incident, services, regions);
			}
			return new IncidentEvent(incidentId, row.line(), occurredAt, kind, status, services, regions, visibility,
					channel, cells.text("author"), cells.text("message"));
		});
	}

	private static void checkScope(Incident incident, List<String> services, List<String> regions) {
		for (String service : services) {
			if (!incident.services().contains(service)) {
				throw outside("service '" + service + "' is not among the incident's services ("
						+ String.join(";", incident.services()) + ")");
			}
		}
		if (incident.allRegions()) {
			return;
		}
		for (String region : regions) {
			if (!incident.regions().contains(region)) {
				throw outside("region '" + region + "' is not among the incident's regions ("
						+ String.join(";", incident.regions()) + ")");
			}
		}
	}

	private static RowRejection outside(String detail) {
		return new RowRejection("status event outside the incident's scope: " + detail);
	}

}
