package dev.aftercare.credits;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aftercare.credits.SubscriptionAssessor.Assessment;
import dev.aftercare.impact.AffectedSubscription;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.SlaExclusion;

import static dev.aftercare.credits.Fixtures.customer;
import static dev.aftercare.credits.Fixtures.impact;
import static dev.aftercare.credits.Fixtures.incident;
import static dev.aftercare.credits.Fixtures.outage;
import static dev.aftercare.credits.Fixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionAssessorTests {

	private final SubscriptionAssessor october = new SubscriptionAssessor(Fixtures.TERMS, YearMonth.of(2026, 10));

	@Test
	void aFeeWhoseCreditEndsInHalfACentRoundsUp() {
		// 23 minutes down in October: uptime 99.9485 %, below 99.95, so 10 % of 99.95 =
		// 9.995
		Assessment assessment = this.october.assess(customer("enterprise", "USD"),
				subscription("99.95", "2026-01-01", null),
				List.of(impact(outage("INC-1", "2026-10-05T10:00:00Z", "2026-10-05T10:23:00Z"))));
		CreditLine line = assessment.credit().orElseThrow();
		assertThat(line.basis()).isEqualTo(Basis.SLA);
		assertThat(line.downtimeMinutes()).hasToString("23.00");
		assertThat(line.uptimePercent()).hasToString("99.9485");
		assertThat(line.creditAmount()).hasToString("10.00");
	}

	@Test
	void anIncidentAcrossTheMonthBoundaryCountsOnlyItsPartInEachMonth() {
		IncidentImpact crossing = impact(outage("INC-1", "2026-09-30T23:00:00Z", "2026-10-01T00:30:00Z"));
		CreditLine september = new SubscriptionAssessor(Fixtures.TERMS, YearMonth.of(2026, 9))
			.assess(customer("enterprise", "EUR"), subscription("1000.00", "2026-01-01", null), List.of(crossing))
			.credit()
			.orElseThrow();
		CreditLine october = this.october
			.assess(customer("enterprise", "EUR"), subscription("1000.00", "2026-01-01", null), List.of(crossing))
			.credit()
			.orElseThrow();
		assertThat(september.downtimeMinutes()).hasToString("60.00");
		// September has 30 days: 60 of 43,200 minutes is 99.8611 %
		assertThat(september.uptimePercent()).hasToString("99.8611");
		assertThat(october.downtimeMinutes()).hasToString("30.00");
		assertThat(october.creditAmount()).hasToString("100.00");
	}

	@Test
	void aSubscriptionThatStartsDuringTheIncidentCountsFromItsFirstDay() {
		IncidentImpact outage = impact(outage("INC-1", "2026-10-09T20:00:00Z", "2026-10-10T02:00:00Z"));
		Assessment assessment = this.october.assess(customer("enterprise", "USD"),
				subscription("500.00", "2026-10-10", null), List.of(outage));
		assertThat(assessment.credit().orElseThrow().downtimeMinutes()).hasToString("120.00");
		AffectedSubscription affected = assessment.affected().get(0);
		assertThat(affected.impactStart()).isEqualTo(Fixtures.at("2026-10-09T20:00:00Z"));
		assertThat(affected.impactSeconds()).isEqualByComparingTo("7200");
	}

	@Test
	void aSubscriptionThatEndsDuringTheIncidentCountsUntilItsLastDay() {
		IncidentImpact outage = impact(outage("INC-1", "2026-10-09T20:00:00Z", "2026-10-10T02:00:00Z"));
		Assessment assessment = this.october.assess(customer("enterprise", "USD"),
				subscription("500.00", "2026-01-01", "2026-10-10"), List.of(outage));
		assertThat(assessment.credit().orElseThrow().downtimeMinutes()).hasToString("240.00");
	}

	@Test
	void aSubscriptionEndedBeforeTheIncidentIsNotAffected() {
		IncidentImpact outage = impact(outage("INC-1", "2026-10-09T20:00:00Z", "2026-10-10T02:00:00Z"));
		Assessment assessment = this.october.assess(customer("enterprise", "USD"),
				subscription("500.00", "2026-01-01", "2026-10-09"), List.of(outage));
		assertThat(assessment.affected()).isEmpty();
		assertThat(assessment.credit()).isEmpty();
	}

	@Test
	void excludedIncidentsAreListedButAddNoDowntime() {
		IncidentImpact caused = impact(incident("INC-2", IncidentType.INCIDENT, "2026-10-05T10:00:00Z",
				"2026-10-05T20:00:00Z", SlaExclusion.CUSTOMER_CAUSED, null));
		IncidentImpact counted = impact(outage("INC-1", "2026-10-06T10:00:00Z", "2026-10-06T10:10:00Z"));
		Assessment assessment = this.october.assess(customer("enterprise", "USD"),
				subscription("100.00", "2026-01-01", null), List.of(caused, counted));
		CreditLine line = assessment.credit().orElseThrow();
		assertThat(line.incidentIds()).containsExactly("INC-1", "INC-2");
		assertThat(line.downtimeMinutes()).hasToString("10.00");
		assertThat(line.basis()).isEqualTo(Basis.NONE);
		assertThat(line.creditAmount()).hasToString("0.00");
		assertThat(assessment.affected()).extracting(AffectedSubscription::excluded).containsExactly(false, true);
		assertThat(assessment.affected().get(1).downtimeSeconds()).isZero();
		assertThat(assessment.affected().get(1).impactSeconds()).isEqualByComparingTo("36000");
	}

	@Test
	void maintenanceAnnouncedInTimeIsExcludedAndAnnouncedLateCounts() {
		IncidentImpact inTime = impact(incident("M-1", IncidentType.MAINTENANCE, "2026-10-10T00:00:00Z",
				"2026-10-10T06:00:00Z", null, "2026-10-07T00:00:00Z"));
		IncidentImpact late = impact(incident("M-2", IncidentType.MAINTENANCE, "2026-10-10T00:00:00Z",
				"2026-10-10T06:00:00Z", null, "2026-10-07T00:00:01Z"));
		assertThat(inTime.isExcluded()).isTrue();
		assertThat(late.isExcluded()).isFalse();
		CreditLine line = this.october
			.assess(customer("business", "USD"), subscription("100.00", "2026-01-01", null), List.of(late))
			.credit()
			.orElseThrow();
		// 360 minutes of 44,640: 99.1935 % is below 99.9 but not below 99.0
		assertThat(line.creditPercent()).isEqualByComparingTo("10");
		assertThat(line.creditAmount()).hasToString("10.00");
	}

	@Test
	void aPlanWithoutSlaGetsGoodwillForALongOutage() {
		Assessment assessment = this.october.assess(customer("free", "JPY"), subscription("12345", "2026-01-01", null),
				List.of(impact(outage("INC-1", "2026-10-05T10:00:00Z", "2026-10-05T14:00:00Z"))));
		CreditLine line = assessment.credit().orElseThrow();
		assertThat(line.slaTarget()).isNull();
		assertThat(line.basis()).isEqualTo(Basis.GOODWILL);
		// 5 % of 12345 is 617.25
		assertThat(line.creditAmount()).hasToString("617");
	}

	@Test
	void impactMinutesCountOnlyTheNonOperationalTimeOfTheWindow() {
		// major 10:00-11:00, operational 11:00-12:00, partial 12:00-13:00: the window
		// spans three
		// hours, its impact is two
		IncidentImpact gap = impact(outage("INC-1", "2026-10-05T10:00:00Z", "2026-10-05T13:00:00Z"),
				Fixtures.status("INC-1", 1, "2026-10-05T10:00:00Z", dev.aftercare.model.Status.MAJOR_OUTAGE),
				Fixtures.status("INC-1", 2, "2026-10-05T11:00:00Z", dev.aftercare.model.Status.OPERATIONAL),
				Fixtures.status("INC-1", 3, "2026-10-05T12:00:00Z", dev.aftercare.model.Status.PARTIAL_OUTAGE));
		AffectedSubscription affected = this.october
			.assess(customer("enterprise", "USD"), subscription("100.00", "2026-01-01", null), List.of(gap))
			.affected()
			.get(0);
		assertThat(affected.impactStart()).isEqualTo(Fixtures.at("2026-10-05T10:00:00Z"));
		assertThat(affected.impactEnd()).isEqualTo(Fixtures.at("2026-10-05T13:00:00Z"));
		assertThat(affected.impactSeconds()).isEqualByComparingTo("7200");
		assertThat(affected.downtimeSeconds()).isEqualByComparingTo("5400");
	}

	@Test
	void aSubscriptionActiveOnlyInTheGapOfAWindowIsNotAffected() {
		IncidentImpact overnight = impact(outage("INC-1", "2026-10-04T22:00:00Z", "2026-10-06T02:00:00Z"),
				Fixtures.status("INC-1", 1, "2026-10-04T22:00:00Z", dev.aftercare.model.Status.MAJOR_OUTAGE),
				Fixtures.status("INC-1", 2, "2026-10-05T00:00:00Z", dev.aftercare.model.Status.OPERATIONAL),
				Fixtures.status("INC-1", 3, "2026-10-06T00:00:00Z", dev.aftercare.model.Status.MAJOR_OUTAGE));
		// active on 5 October only, when the status was operational
		Assessment assessment = this.october.assess(customer("enterprise", "USD"),
				subscription("100.00", "2026-10-05", "2026-10-06"), List.of(overnight));
		assertThat(assessment.affected()).isEmpty();
		assertThat(assessment.credit()).isEmpty();
	}

	@Test
	void anIncidentOnlyInAnotherMonthGivesNoCreditLine() {
		Assessment assessment = this.october.assess(customer("enterprise", "USD"),
				subscription("100.00", "2026-01-01", null),
				List.of(impact(outage("INC-1", "2026-09-05T10:00:00Z", "2026-09-05T14:00:00Z"))));
		assertThat(assessment.credit()).isEmpty();
		assertThat(assessment.affected()).isEmpty();
	}

}
