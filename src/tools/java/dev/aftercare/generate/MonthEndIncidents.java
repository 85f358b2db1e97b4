package dev.aftercare.generate;

import java.util.List;

import static dev.aftercare.generate.Catalog.API;
import static dev.aftercare.generate.Catalog.AP_NORTHEAST;
import static dev.aftercare.generate.Catalog.DASHBOARD;
import static dev.aftercare.generate.Catalog.EU_WEST;
import static dev.aftercare.generate.Catalog.STORAGE;
import static dev.aftercare.generate.Catalog.US_EAST;
import static dev.aftercare.generate.Catalog.WEBHOOKS;

/**
 * The end of the scripted month: two excluded incidents, a long storage outage that earns
 * goodwill where the terms give nothing, one still open, and one that ends in the next
 * month.
 */
final class MonthEndIncidents {

	private MonthEndIncidents() {
	}

	static List<IncidentDraft> drafts(Month m) {
		return List.of(customerCaused(m), forceMajeure(m), longStorageOutage(m), stillOpen(m), acrossMonthEnd(m));
	}

	private static IncidentDraft customerCaused(Month m) {
		return IncidentDraft
			.incident("SEV3", "API unavailable for many accounts in ap-northeast", List.of(API), List.of(AP_NORTHEAST),
					m.at(22, "07:00"))
			.author("Kenji Watanabe")
			.excluded("customer_caused")
			.texts("From 07:00 to 08:20 UTC most API requests in ap-northeast failed, and some failed until "
					+ "09:30 UTC.",
					"A misconfigured integration sent us hundreds of times its usual traffic. Our per-account limits "
							+ "should have held it back and did not, so shared capacity ran out. We are fixing the "
							+ "limits.",
					"Tenant 77812's ETL cron looped at ~180k rps against the batch endpoints, which bypass the "
							+ "per-tenant rate limiter (RL-311). Classified customer_caused under ToS 9.2.",
					null, "Apply per-account limits to the batch endpoints too",
					"Alert when one account's traffic jumps tenfold")
			.status(m.at(22, "07:00"), "major_outage", "API: major outage in ap-northeast")
			.detected(m.at(22, "07:03"), "api-apne saturation, one tenant at 180k rps")
			.acknowledged(m.at(22, "07:10"), "The API in ap-northeast is failing. We are investigating.", "status_page",
					"twitter")
			.note(m.at(22, "07:30"), "Hiroshi Tanaka (on-call)",
					"Blocked tenant 77812 batch traffic; CS contacting "
							+ "their admin. Legal to confirm customer_caused classification.")
			.update(m.at(22, "07:45"), "We found unusual traffic that overloads the API and are limiting it.")
			.status(m.at(22, "08:20"), "partial_outage", "API: partial outage in ap-northeast, recovering")
			.update(m.at(22, "08:40"), "Most requests succeed again. Next update by 09:30 UTC.")
			.status(m.at(22, "09:30"), "operational", "API: operational in ap-northeast")
			.resolved(m.at(22, "09:30"), "The API in ap-northeast works normally again.", "status_page", "email")
			.allClear(m.at(22, "10:00"), "All clear. Sorry for the disruption, and thank you for your patience.");
	}

	private static IncidentDraft forceMajeure(Month m) {
		return IncidentDraft
			.incident("SEV2", "Storage and API outage in ap-northeast during the typhoon", List.of(STORAGE, API),
					List.of(AP_NORTHEAST), m.at(24, "05:00"))
			.author("Kenji Watanabe")
			.excluded("force_majeure")
			.texts("From 05:00 to 09:40 UTC storage and the API in ap-northeast were unavailable, and partly "
					+ "available until 11:00 UTC.",
					"A typhoon cut the power and the network links in the area of our data centre. Our backup power "
							+ "held, but we could not restore the links until it was safe to work outside.",
					"Grid loss 04:52, generators OK; both fibre paths apne-a to apne-b severed in the shared conduit "
							+ "at the river crossing (known risk RSK-118). Classified force_majeure under ToS 12.",
					"Accounts with cross-region replication could read their data from eu-west.",
					"Lay a second network path that does not share the river crossing")
			.status(m.at(24, "05:00"), "major_outage", "Storage and API: major outage in ap-northeast")
			.detected(m.at(24, "05:02"), "apne-b unreachable from apne-a")
			.acknowledged(m.at(24, "05:10"),
					"Storage and the API in ap-northeast are down because of the typhoon. "
							+ "Your data is safe. Next update within an hour.",
					"status_page", "email", "twitter")
			.update(m.at(24, "06:05"),
					"Our data centre has power, but network links are cut. Crews will repair "
							+ "them as soon as it is safe.")
			.update(m.at(24, "07:00"), "Still waiting for the storm to pass before repairs can start.")
			.update(m.at(24, "08:00"), "Repairs have started. Next update within an hour.")
			.status(m.at(24, "09:40"), "partial_outage", "Storage and API: partial outage in ap-northeast")
			.update(m.at(24, "09:45"), "One link is back and most requests succeed.")
			.status(m.at(24, "11:00"), "operational", "Storage and API: operational in ap-northeast")
			.resolved(m.at(24, "11:00"), "Storage and the API in ap-northeast work normally again.", "status_page",
					"email")
			.allClear(m.at(24, "12:00"),
					"All clear. We hope you and your people are safe. Thank you for your " + "patience.");
	}

	/**
	 * Over four hours at full weight on storage, which free accounts pay for: goodwill.
	 */
	private static IncidentDraft longStorageOutage(Month m) {
		return IncidentDraft
			.incident("SEV1", "Storage unavailable in eu-west", List.of(STORAGE), List.of(EU_WEST), m.at(27, "09:20"))
			.author("Rosa Delgado")
			.texts("From 09:20 to 16:30 UTC files in eu-west storage could neither be uploaded nor downloaded. "
					+ "From 16:30 to 17:45 UTC downloads worked again but some uploads failed.",
					"The part of our storage that keeps track of where each file lives stopped accepting changes to "
							+ "protect your data after a network fault. We chose to check every record before "
							+ "turning it back on. That was the safe choice, but it took most of the day.",
					"meta-euw split brain after a partition between az-b and az-c at 09:18. Fencing worked, but "
							+ "fsck-meta over 2.1 billion rows runs single-threaded (about 6 h). 14 objects restored "
							+ "from replicas; no data loss.",
					"Files replicated to eu-central could be read from there by setting the region in the SDK.",
					"Make the metadata check run in parallel so that it takes minutes, not hours",
					"Let downloads continue while the check runs", "Rehearse a network split between zones")
			.status(m.at(27, "09:20"), "major_outage", "Storage: major outage in eu-west")
			.detected(m.at(27, "09:24"), "storage-euw metadata writes failing, fencing engaged")
			.acknowledged(m.at(27, "09:32"),
					"Storage in eu-west is unavailable. Your files are safe. We are "
							+ "investigating. Next update within 30 minutes.",
					"status_page", "email", "twitter")
			.sms(m.at(27, "09:35"),
					"Major outage: storage in eu-west is unavailable. Your files are safe. "
							+ "Updates on our status page.")
			.note(m.at(27, "09:50"), "Leila Haddad (storage)",
					"meta-euw split brain. Options: force primary (fast, risky) or fsck-meta first (~6 h). IC chose "
							+ "fsck.")
			.cadence(m.at(27, "10:00"), m.at(27, "16:30"), new int[] { 45, 60, 50 },
					List.of("We are checking every storage record before turning storage in eu-west back on. It is "
							+ "slow, but it keeps your files safe. Next update within an hour.",
							"The check is progressing. Files replicated to eu-central can be read from there.",
							"Still working on it. We know this is a long outage and we are sorry."),
					"status_page", "twitter")
			.status(m.at(27, "16:30"), "partial_outage", "Storage: partial outage in eu-west, recovering")
			.mitigated(m.at(27, "16:30"),
					"Downloads work again in eu-west. Uploads are slow and some fail while we " + "finish.",
					"status_page", "email")
			.status(m.at(27, "17:45"), "operational", "Storage: operational in eu-west")
			.resolved(m.at(27, "17:45"),
					"Storage in eu-west works normally again. No files were lost. We are sorry "
							+ "for a long day without your files.",
					"status_page", "email", "twitter")
			.allClear(m.at(27, "18:30"), "All clear. Thank you for your patience; a full report will follow.",
					"status_page", "email");
	}

	/** No resolved_at: left out of credits and postmortems until a later run. */
	private static IncidentDraft stillOpen(Month m) {
		return IncidentDraft
			.incident("SEV3", "Webhook deliveries delayed in ap-northeast", List.of(WEBHOOKS), List.of(AP_NORTHEAST),
					m.atLastDay("18:00"))
			.author("Kenji Watanabe")
			.texts("Since 18:00 UTC webhooks from ap-northeast arrive late, and since 19:10 UTC some are not "
					+ "delivered yet. They are queued and will be delivered.",
					"Our webhook queue in ap-northeast is processing events more slowly than they arrive. We are "
							+ "still finding out why.",
					"wh-apne consumer lag growing; suspect partition rebalance loop after the 17:45 deploy.", null,
					"To be decided once the cause is known")
			.status(m.atLastDay("18:00"), "degraded_performance", "Webhooks: delayed in ap-northeast")
			.detected(m.atLastDay("18:07"), "wh-apne consumer lag above 10 minutes")
			.acknowledged(m.atLastDay("18:20"), "Webhooks from ap-northeast are delayed. Events are queued, not lost.")
			.status(m.atLastDay("19:10"), "partial_outage", "Webhooks: partial outage in ap-northeast")
			.update(m.atLastDay("19:15"),
					"Delays are growing and some webhooks are not delivered yet. We are "
							+ "working on it. Next update within an hour.",
					"status_page", "email")
			.note(m.atLastDay("19:40"), "Hiroshi Tanaka (on-call)", "Rolled back 17:45 deploy, lag still growing.")
			.update(m.atLastDay("20:10"), "We are still working on the delays. Next update within an hour.");
	}

	/** Ends in the next month: only its part inside the period counts. */
	private static IncidentDraft acrossMonthEnd(Month m) {
		int next = m.days() + 1;
		return IncidentDraft
			.incident("SEV2", "Dashboard and API outage in us-east", List.of(DASHBOARD, API), List.of(US_EAST),
					m.atLastDay("22:50"))
			.author("Marcus Lee")
			.texts("From 22:50 UTC on " + m.dayName(m.days()) + " the dashboard and the API in us-east were "
					+ "unavailable, and partly available from 00:40 UTC until 01:35 UTC on " + m.dayName(next) + ".",
					"A task we run at the end of every month locked a table that every request needs.",
					"billing-rollup cron ran migration step with ACCESS EXCLUSIVE lock on accounts; no "
							+ "statement_timeout for the cron role.",
					null, "Give month-end tasks a time limit so they can never block requests",
					"Run month-end tasks against a copy of the data")
			.status(m.atLastDay("22:50"), "major_outage", "Dashboard and API: major outage in us-east")
			.detected(m.atLastDay("22:53"), "api-use and dashboard-use 5xx above 90%")
			.acknowledged(m.atLastDay("23:00"), "The dashboard and the API in us-east are down. We are investigating.",
					"status_page", "twitter")
			.note(m.atLastDay("23:20"), "Mohammed Iqbal (on-call)",
					"billing-rollup holds ACCESS EXCLUSIVE on accounts. Cancelling it is safe per finance on-call.")
			.update(m.atLastDay("23:30"),
					"We found a month-end task that blocks requests and are stopping it "
							+ "safely. Next update by 00:15 UTC.",
					"status_page", "email")
			.update(m.at(next, "00:15"), "The task is stopped; services are starting to recover.")
			.status(m.at(next, "00:40"), "partial_outage", "Dashboard and API: partial outage in us-east")
			.mitigated(m.at(next, "00:45"), "Most requests succeed again.")
			.status(m.at(next, "01:35"), "operational", "Dashboard and API: operational in us-east")
			.resolved(m.at(next, "01:35"), "The dashboard and the API in us-east work normally again. We are sorry.",
					"status_page", "email")
			.allClear(m.at(next, "02:10"), "All clear. Thank you for your patience.");
	}

}
