package dev.aftercare.reports.xlsx;

/**
 * The follow-up list in one query, so that a million customers sort in the database. The
 * order is the priority rule of the README:
 * <ol>
 * <li>rank 1: a ticket on a public channel that is not positive, or an abusive one;</li>
 * <li>rank 2: a negative ticket;</li>
 * <li>rank 3: everyone else;</li>
 * </ol>
 * counting every ticket of the customer opened in the period or about an incident of the
 * period, whichever incident it names or none; within a rank, the longest impact on one
 * of their services first, then the longest SLA downtime, then the largest credit
 * percent, then the customer id.
 */
final class FollowUpQuery {

	static final String SQL = """
			WITH hits AS (
			  -- one entry per (incident, service, region) hit: the drafts name each in words
			  SELECT customer_id,
			         array_agg(incident_id ORDER BY incident_id COLLATE "C", service COLLATE "C", region COLLATE "C")
			           AS incident_ids,
			         array_agg(service ORDER BY incident_id COLLATE "C", service COLLATE "C", region COLLATE "C")
			           AS services,
			         array_agg(region ORDER BY incident_id COLLATE "C", service COLLATE "C", region COLLATE "C")
			           AS regions,
			         array_agg(impact_seconds ORDER BY incident_id COLLATE "C", service COLLATE "C", region COLLATE "C")
			           AS impact_seconds,
			         max(impact_seconds) AS longest_impact
			  FROM affected WHERE run_id = :run GROUP BY customer_id
			), decided AS (
			  -- the latest decision of each line; it holds only for the amount decided on
			  SELECT DISTINCT ON (customer_id, service, region) customer_id, service, region, decision, credit_amount
			  FROM credit_decision WHERE period = :period
			  ORDER BY customer_id, service, region, decision_id DESC
			), credited AS (
			  SELECT c.customer_id, count(*) FILTER (WHERE c.credit_amount > 0) AS subscriptions, sum(c.credit_amount) AS credit_amount,
			         coalesce(sum(c.credit_amount) FILTER (WHERE d.decision = 'Approved'
			                                               AND d.credit_amount = c.credit_amount), 0) AS approved_amount,
			         coalesce(sum(c.credit_amount) FILTER (WHERE d.decision IS NULL
			                                               OR d.credit_amount <> c.credit_amount), 0) AS pending_amount,
			         max(c.credit_percent) AS credit_percent, max(c.downtime_minutes) AS downtime_minutes,
			         coalesce(string_agg(DISTINCT c.basis, '; ') FILTER (WHERE c.basis <> 'none'), 'none') AS bases
			  FROM credit c
			  LEFT JOIN decided d ON d.customer_id = c.customer_id AND d.service = c.service AND d.region = c.region
			  WHERE c.run_id = :run GROUP BY c.customer_id
			), complaint AS (
			  SELECT t.customer_id,
			         bool_or((t.public_channel AND coalesce(t.sentiment, '') <> 'positive')
			                 OR t.sentiment = 'abusive') AS loud,
			         bool_or(t.sentiment = 'negative') AS unhappy,
			         min(t.opened_at) AS first_ticket_at,
			         string_agg(t.ticket_id || ' (' || t.channel
			                    || CASE WHEN t.public_channel THEN ', public' ELSE '' END
			                    || coalesce(', ' || t.sentiment, '') || ')' || coalesce(': ' || t.subject, ''),
			                    '; ' ORDER BY t.opened_at, t.ticket_id COLLATE "C") AS tickets
			  FROM in_ticket t
			  WHERE t.run_id = :run
			    -- whichever incident the ticket names, or none: an angry customer is angry
			    -- about the month, not only about the incident our data says hit them
			    AND ((t.opened_at >= :from AND t.opened_at < :until) OR t.incident_id = ANY(:incidents))
			  GROUP BY t.customer_id
			)
			SELECT CASE WHEN coalesce(k.loud, false) THEN 1 WHEN coalesce(k.unhappy, false) THEN 2 ELSE 3 END
			         AS priority,
			       c.customer_id, cu.name, cu.contact_name, cu.email, cu.phone, cu.preferred_channel,
			       cu.account_manager, cu.currency, h.incident_ids, h.services, h.regions, h.impact_seconds,
			       c.downtime_minutes, c.credit_amount, c.approved_amount, c.pending_amount, c.credit_percent, c.bases, c.subscriptions, k.tickets,
			       k.first_ticket_at
			FROM credited c
			JOIN in_customer cu ON cu.run_id = :run AND cu.customer_id = c.customer_id
			JOIN hits h ON h.customer_id = c.customer_id
			LEFT JOIN complaint k ON k.customer_id = c.customer_id
			ORDER BY priority, h.longest_impact DESC, c.downtime_minutes DESC, c.credit_percent DESC,
			         c.customer_id COLLATE "C"
			""";

	private FollowUpQuery() {
	}

}
