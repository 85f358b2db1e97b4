package dev.aftercare.credits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.aftercare.impact.AffectedSubscription;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.impact.StatusTimeline;
import dev.aftercare.model.Customer;
import dev.aftercare.model.Interval;
import dev.aftercare.model.Subscription;
import dev.aftercare.terms.PlanTerms;
import dev.aftercare.terms.Terms;

/**
 * Everything the contract says about one subscription in one billing period: which
 * incidents affected it ("Affected") and what it is credited ("Credits").
 */
public final class SubscriptionAssessor {

	private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Terms terms;

	private final YearMonth period;

	private final Interval periodSpan;

	private final BigDecimal periodSeconds;

	// the same few incidents come with every subscription, and whether one meets the
	// period is a walk over its whole scope
	private final Map<IncidentImpact, Boolean> meetsPeriod = new ConcurrentHashMap<>();

	public SubscriptionAssessor(Terms terms, YearMonth period) {
		this.terms = terms;
		this.period = period;
		this.periodSpan = Interval.of(period);
		this.periodSeconds = this.periodSpan.seconds();
	}

	/**
	 * @param candidates resolved incidents whose scope holds the subscription's (service,
	 * region) and for which the customer had usage in the lookback range
	 */
	public Assessment assess(Customer customer, Subscription subscription, List<IncidentImpact> candidates) {
		Interval active = new Interval(subscription.activeFrom(), subscription.activeUntil());
		List<Hit> affecting = new ArrayList<>(candidates.size());
		List<AffectedSubscription> affected = new ArrayList<>(candidates.size());
		for (IncidentImpact impact : candidates) {
			StatusTimeline timeline = impact.timeline(subscription.service(), subscription.region());
			if (timeline.meets(active)) {
				affecting.add(new Hit(impact, timeline));
				if (this.meetsPeriod.computeIfAbsent(impact, (incident) -> incident.meets(this.periodSpan))) {
					affected.add(affectedLine(impact, timeline, subscription, active));
				}
			}
		}
		affected.sort(Comparator.comparing(AffectedSubscription::incidentId));
		return new Assessment(affected, creditLine(customer, subscription, active, affecting));
	}

	private AffectedSubscription affectedLine(IncidentImpact impact, StatusTimeline timeline, Subscription subscription,
			Interval active) {
		BigDecimal downtime = impact.isExcluded() ? BigDecimal.ZERO
				: timeline.weightedSecondsWithin(active, this.terms::weightOf);
		return new AffectedSubscription(impact.incidentId(), subscription.customerId(), subscription.service(),
				subscription.region(), timeline.start().orElseThrow(), timeline.end().orElseThrow(),
				timeline.secondsWithin(active), downtime, impact.isExcluded());
	}

	private Optional<CreditLine> creditLine(Customer customer, Subscription subscription, Interval active,
			List<Hit> affecting) {
		Interval counted = active.intersect(this.periodSpan);
		List<Hit> inPeriod = affecting.stream().filter((hit) -> hit.timeline().meets(counted)).toList();
		if (inPeriod.isEmpty()) {
			return Optional.empty();
		}
		List<StatusTimeline> countedTimelines = inPeriod.stream()
			.filter((hit) -> !hit.impact().isExcluded())
			.map(Hit::timeline)
			.toList();
		BigDecimal downtime = Downtime.weightedSeconds(countedTimelines, this.terms::weightOf, counted);
		BigDecimal longestIncident = countedTimelines.stream()
			.map((timeline) -> timeline.weightedSecondsWithin(counted, this.terms::weightOf))
			.max(Comparator.naturalOrder())
			.orElse(BigDecimal.ZERO);
		Optional<PlanTerms> plan = this.terms.plan(customer.plan());
		CreditDecision decision = CreditPolicy.decide(plan, this.terms.goodwill(), this.periodSeconds, downtime,
				longestIncident);
		BigDecimal amount = MinorUnit
			.round(subscription.monthlyFee().multiply(decision.creditPercent()).divide(HUNDRED), customer.currency());
		return Optional.of(new CreditLine(this.period, customer.customerId(), customer.name(), customer.plan(),
				subscription.service(), subscription.region(), customer.currency(), subscription.monthlyFeeText(),
				downtime.divide(SECONDS_PER_MINUTE, 2, RoundingMode.HALF_UP),
				HUNDRED.multiply(this.periodSeconds.subtract(downtime))
					.divide(this.periodSeconds, 4, RoundingMode.HALF_UP),
				plan.map(PlanTerms::slaTarget).orElse(null), decision.creditPercent(), decision.basis(), amount,
				inPeriod.stream().map((hit) -> hit.impact().incidentId()).sorted().toList()));
	}

	/** An incident that met the subscription, with its timeline there. */
	private record Hit(IncidentImpact impact, StatusTimeline timeline) {
	}

	/**
	 * The affected lines (incidents whose impact meets the period) and the credit, if
	 * any.
	 */
	public record Assessment(List<AffectedSubscription> affected, Optional<CreditLine> credit) {
	}

}
