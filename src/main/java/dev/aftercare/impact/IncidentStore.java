package dev.aftercare.impact;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.model.EventKind;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.model.SlaExclusion;
import dev.aftercare.model.Status;
import dev.aftercare.model.Visibility;

/** Reads a run's accepted incidents and their timelines back from the database. */
public final class IncidentStore {

	private static final String INCIDENTS = """
			SELECT incident_id, title, severity, type, services, regions, started_at, detected_at, resolved_at,
			       announced_at, sla_exclusion, customer_impact, public_cause, root_cause, workaround, remediation
			FROM in_incident WHERE run_id = ? ORDER BY incident_id COLLATE "C"
			""";

	private static final String EVENTS = """
			SELECT incident_id, line, occurred_at, kind, status, services, regions, visibility, channel, author, message
			FROM in_incident_event WHERE run_id = ? ORDER BY occurred_at, line
			""";

	private final JdbcTemplate jdbc;

	public IncidentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Incident> incidents(long runId) {
		return this.jdbc.query(INCIDENTS,
				(rs, row) -> new Incident(rs.getString("incident_id"), rs.getString("title"),
						Severity.fromCode(rs.getString("severity")).orElseThrow(),
						IncidentType.fromCode(rs.getString("type")).orElseThrow(), list(rs.getArray("services")),
						list(rs.getArray("regions")), instant(rs, "started_at"), instant(rs, "detected_at"),
						instant(rs, "resolved_at"), instant(rs, "announced_at"),
						(rs.getString("sla_exclusion") != null)
								? SlaExclusion.fromCode(rs.getString("sla_exclusion")).orElseThrow() : null,
						rs.getString("customer_impact"), rs.getString("public_cause"), rs.getString("root_cause"),
						rs.getString("workaround"), list(rs.getArray("remediation"))),
				runId);
	}

	/**
	 * Every event of the run by incident, in timeline order (instant, then file line).
	 */
	public Map<String, List<IncidentEvent>> eventsByIncident(long runId) {
		List<IncidentEvent> events = this.jdbc
			.query(EVENTS,
					(rs, row) -> new IncidentEvent(rs.getString("incident_id"), rs.getLong("line"),
							instant(rs, "occurred_at"), EventKind.fromCode(rs.getString("kind")).orElseThrow(),
							(rs.getString("status") != null) ? Status.fromCode(rs.getString("status")).orElseThrow()
									: null,
							list(rs.getArray("services")), list(rs.getArray("regions")),
							Visibility.fromCode(rs.getString("visibility")).orElseThrow(), rs.getString("channel"),
							rs.getString("author"), rs.getString("message")),
					runId);
		return events.stream()
			.collect(Collectors.groupingBy(IncidentEvent::incidentId, LinkedHashMap::new, Collectors.toList()));
	}

	static List<String> list(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
