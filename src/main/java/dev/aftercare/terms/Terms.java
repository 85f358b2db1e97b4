package dev.aftercare.terms;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.aftercare.model.SlaExclusion;
import dev.aftercare.model.Status;

/**
 * The credit rules of the terms of service, every number exact.
 *
 * @param downtimeWeights share of a minute each non-operational status counts as downtime
 * @param exclusions {@code sla_exclusion} values that remove an incident from SLA
 * downtime
 * @param minNoticeHours maintenance announced at least this long before it starts is
 * excluded
 * @param usageLookbackDays days before an impact window in which usage marks a customer
 * as relying on the service
 * @param plans the plans with an SLA, by name
 * @param goodwill the credit for long outages that breach no SLA
 */
public record Terms(Map<Status, BigDecimal> downtimeWeights, Set<SlaExclusion> exclusions, BigDecimal minNoticeHours,
		int usageLookbackDays, Map<String, PlanTerms> plans, Goodwill goodwill) {

	public BigDecimal weightOf(Status status) {
		return (status == Status.OPERATIONAL) ? BigDecimal.ZERO : this.downtimeWeights.get(status);
	}

	/** The plan's SLA, empty for a plan that is not listed and so has none. */
	public Optional<PlanTerms> plan(String name) {
		return Optional.ofNullable(this.plans.get(name));
	}

}
