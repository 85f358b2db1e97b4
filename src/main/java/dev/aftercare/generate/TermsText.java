package dev.aftercare.generate;

/**
 * The terms the generated company offers: those of the data contract's example. The
 * {@code free} plan is deliberately absent, so it has no SLA.
 */
final class TermsText {

	static final String TEXT = """
			# Terms-of-service rules for outage credits. Every key is shown here.
			downtime_weights:            # share of a minute that counts as downtime
			  major_outage: 1.0
			  partial_outage: 0.5
			  degraded_performance: 0.0
			  under_maintenance: 1.0     # unless excluded by the notice rule below
			exclusions:                  # sla_exclusion values that remove an incident from SLA downtime
			  - customer_caused
			  - force_majeure
			maintenance:
			  min_notice_hours: 72       # announced at least this long before it starts: excluded
			affected:
			  usage_lookback_days: 7
			plans:                       # a plan not listed here has no SLA
			  enterprise:
			    sla_target: 99.95
			    max_credit_percent: 100
			    tiers:
			      - { uptime_below: 99.95, credit_percent: 10 }
			      - { uptime_below: 99.0,  credit_percent: 25 }
			      - { uptime_below: 95.0,  credit_percent: 100 }
			  business:
			    sla_target: 99.9
			    max_credit_percent: 50
			    tiers:
			      - { uptime_below: 99.9, credit_percent: 10 }
			      - { uptime_below: 99.0, credit_percent: 25 }
			      - { uptime_below: 95.0, credit_percent: 50 }
			  starter:
			    sla_target: 99.5
			    max_credit_percent: 10
			    tiers:
			      - { uptime_below: 99.5, credit_percent: 10 }
			goodwill:                    # "offer reparations anyhow": long outages earn a credit even without an SLA breach
			  min_incident_minutes: 240
			  credit_percent: 5
			""";

	private TermsText() {
	}

}
