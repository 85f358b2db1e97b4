package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.aftercare.credits.Basis;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.impact.IncidentImpact.ScopeTimeline;
import dev.aftercare.impact.TimelineBuilder;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.Status;
import dev.aftercare.reports.pdf.PublicPostmortem.Compensation;
import dev.aftercare.reports.pdf.PublicPostmortem.CreditRate;
import dev.aftercare.reports.pdf.PublicPostmortem.PlanSchedule;
import dev.aftercare.reports.pdf.PublicPostmortem.TimelineEntry;
import dev.aftercare.terms.Terms;

/**
 * Puts a postmortem together from an incident, its timeline, the terms and what the run
 * computed: the public part from public fields and public events only, the internal part
 * from everything.
 */
final class PostmortemAssembler {

	private final Terms terms;

	private final RunFacts facts;

	private final Duration updateTarget;

	private final LocalDate published;

	PostmortemAssembler(Terms terms, RunFacts facts, Duration updateTarget, LocalDate published) {
		this.terms = terms;
		this.facts = facts;
		this.updateTarget = updateTarget;
		this.published = published;
	}

	Postmortem assemble(IncidentImpact impact, List<IncidentEvent> events) {
		Incident incident = impact.incident();
		String id = incident.incidentId();
		List<IncidentEvent> ordered = events.stream().sorted(TimelineBuilder.TIMELINE_ORDER).toList();
		List<TimelineEntry> updates = TimelineEntry.of(ordered.stream().filter(IncidentEvent::isPublic).toList())
			.stream()
			.filter(TimelineEntry::isUpdate)
			.toList();
		List<ScopeTimeline> changed = impact.scopeTimelines()
			.stream()
			.filter((scope) -> !scope.timeline().isEmpty())
			.toList();
		PublicPostmortem publicPart = new PublicPostmortem(id, incident.title(), incident.severity(), incident.type(),
				incident.services(), incident.regions(), incident.startedAt(), incident.resolvedAt(), this.published,
				this.facts.customersOf(id), incident.customerImpact(), incident.publicCause(), incident.workaround(),
				incident.remediation(), updates, changed, longOutage(changed), compensation(impact));
		InternalDetail internal = new InternalDetail(incident.rootCause(), TimelineEntry.of(ordered),
				RunFacts.of(this.facts.byPlan(), id), RunFacts.of(this.facts.byRegion(), id),
				RunFacts.of(this.facts.byService(), id), RunFacts.of(this.facts.totals(), id),
				RunFacts.of(this.facts.largest(), id), Scorecard.of(incident, ordered, this.updateTarget),
				RunFacts.of(this.facts.shares(), id));
		return new Postmortem(publicPart, internal);
	}

	private Compensation compensation(IncidentImpact impact) {
		List<CreditRate> rates = RunFacts.of(this.facts.rates(), impact.incidentId());
		List<PlanSchedule> schedules = rates.stream()
			.filter((rate) -> rate.basis() == Basis.SLA)
			.map(CreditRate::plan)
			.distinct()
			.map((plan) -> this.terms.plan(plan).map((terms) -> new PlanSchedule(plan, terms)).orElse(null))
			.filter(Objects::nonNull)
			.toList();
		boolean goodwill = rates.stream().anyMatch((rate) -> rate.basis() == Basis.GOODWILL);
		Map<Status, BigDecimal> weights = goodwill ? this.terms.downtimeWeights() : Map.of();
		return new Compensation(impact.exclusionReason(), rates, schedules, goodwill ? this.terms.goodwill() : null,
				weights);
	}

	/**
	 * Whether a service and region had a major outage as long as the terms call long: the
	 * length that earns goodwill.
	 */
	private boolean longOutage(List<ScopeTimeline> scopes) {
		long longMinutes = this.terms.goodwill().minIncidentMinutes().longValue();
		return scopes.stream()
			.mapToLong((scope) -> scope.timeline()
				.segments()
				.stream()
				.filter((segment) -> segment.status() == Status.MAJOR_OUTAGE)
				.mapToLong((segment) -> Duration.between(segment.from(), segment.to()).toMinutes())
				.sum())
			.anyMatch((minutes) -> minutes >= longMinutes);
	}

}
