package dev.aftercare.impact;

import java.math.BigDecimal;
import java.time.Duration;

import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.terms.Terms;

/** Whether an incident is left out of SLA downtime, and why. */
public final class Exclusion {

	private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

	private Exclusion() {
	}

	public static boolean isExcluded(Incident incident, Terms terms) {
		return reason(incident, terms) != null;
	}

	/** The reason in a few words, or {@code null} when the incident counts. */
	public static String reason(Incident incident, Terms terms) {
		if (incident.slaExclusion() != null && terms.exclusions().contains(incident.slaExclusion())) {
			return incident.slaExclusion().code();
		}
		if (incident.type() == IncidentType.MAINTENANCE && incident.announcedAt() != null) {
			Duration notice = Duration.between(incident.announcedAt(), incident.startedAt());
			BigDecimal noticeSeconds = BigDecimal.valueOf(notice.getSeconds())
				.add(BigDecimal.valueOf(notice.getNano(), 9));
			if (noticeSeconds.compareTo(terms.minNoticeHours().multiply(SECONDS_PER_HOUR)) >= 0) {
				return "announced_maintenance";
			}
		}
		return null;
	}

}
