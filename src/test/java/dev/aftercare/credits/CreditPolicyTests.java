package dev.aftercare.credits;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.aftercare.terms.Goodwill;
import dev.aftercare.terms.PlanTerms;
import dev.aftercare.terms.Tier;

import static org.assertj.core.api.Assertions.assertThat;

class CreditPolicyTests {

	private static final BigDecimal OCTOBER_SECONDS = BigDecimal.valueOf(31L * 1440 * 60);

	private static final PlanTerms ENTERPRISE = Fixtures.TERMS.plan("enterprise").orElseThrow();

	private static final Goodwill GOODWILL = Fixtures.TERMS.goodwill();

	@Test
	void uptimeExactlyOnTheThresholdEarnsNothing() {
		// 0.05 % of 44,640 minutes is 22.32 minutes: uptime is exactly 99.95, not below
		// it
		BigDecimal downtime = new BigDecimal("1339.2");
		CreditDecision decision = CreditPolicy.decide(Optional.of(ENTERPRISE), GOODWILL, OCTOBER_SECONDS, downtime,
				downtime);
		assertThat(decision).isEqualTo(CreditDecision.NONE);
	}

	@Test
	void oneNanosecondPastTheThresholdEarnsTheTier() {
		BigDecimal downtime = new BigDecimal("1339.200000001");
		CreditDecision decision = CreditPolicy.decide(Optional.of(ENTERPRISE), GOODWILL, OCTOBER_SECONDS, downtime,
				downtime);
		assertThat(decision.basis()).isEqualTo(Basis.SLA);
		assertThat(decision.creditPercent()).isEqualByComparingTo("10");
	}

	@Test
	void largestTierReachedWins() {
		// 5 % of the month down: below 99.95, 99.0 and 95.0 at once... only just not
		// below 95.0
		BigDecimal downtime = OCTOBER_SECONDS.multiply(new BigDecimal("0.05"));
		CreditDecision decision = CreditPolicy.decide(Optional.of(ENTERPRISE), GOODWILL, OCTOBER_SECONDS, downtime,
				downtime);
		assertThat(decision.creditPercent()).isEqualByComparingTo("25");
	}

	@Test
	void creditIsCappedAtThePlanMaximum() {
		PlanTerms plan = new PlanTerms(new BigDecimal("99.9"), new BigDecimal("30"),
				List.of(new Tier(new BigDecimal("99.9"), new BigDecimal("10")),
						new Tier(new BigDecimal("95"), new BigDecimal("50"))));
		BigDecimal downtime = OCTOBER_SECONDS.divide(BigDecimal.TEN);
		CreditDecision decision = CreditPolicy.decide(Optional.of(plan), GOODWILL, OCTOBER_SECONDS, downtime, downtime);
		assertThat(decision.creditPercent()).isEqualByComparingTo("30");
		assertThat(decision.basis()).isEqualTo(Basis.SLA);
	}

	@Test
	void planWithoutSlaGetsGoodwillForOneLongIncident() {
		BigDecimal fourHours = BigDecimal.valueOf(240 * 60);
		CreditDecision decision = CreditPolicy.decide(Optional.empty(), GOODWILL, OCTOBER_SECONDS, fourHours,
				fourHours);
		assertThat(decision.basis()).isEqualTo(Basis.GOODWILL);
		assertThat(decision.creditPercent()).isEqualByComparingTo("5");
	}

	@Test
	void goodwillNeedsOneIncidentAloneToBeLongEnough() {
		BigDecimal total = BigDecimal.valueOf(400 * 60);
		BigDecimal longest = BigDecimal.valueOf(239 * 60 + 59);
		CreditDecision decision = CreditPolicy.decide(Optional.empty(), GOODWILL, OCTOBER_SECONDS, total, longest);
		assertThat(decision).isEqualTo(CreditDecision.NONE);
	}

	@Test
	void slaPlanBelowEveryTierFallsBackToGoodwill() {
		PlanTerms lenient = new PlanTerms(new BigDecimal("90"), new BigDecimal("100"),
				List.of(new Tier(new BigDecimal("90"), new BigDecimal("10"))));
		BigDecimal fiveHours = BigDecimal.valueOf(300 * 60);
		CreditDecision decision = CreditPolicy.decide(Optional.of(lenient), GOODWILL, OCTOBER_SECONDS, fiveHours,
				fiveHours);
		assertThat(decision.basis()).isEqualTo(Basis.GOODWILL);
	}

}
