package dev.aftercare.generate;

import java.util.List;

import static dev.aftercare.generate.Catalog.API;
import static dev.aftercare.generate.Catalog.EU_CENTRAL;
import static dev.aftercare.generate.Catalog.EU_WEST;
import static dev.aftercare.generate.Catalog.STORAGE;
import static dev.aftercare.generate.Catalog.US_EAST;
import static dev.aftercare.generate.Catalog.US_WEST;
import static dev.aftercare.generate.Catalog.WEBHOOKS;

/**
 * The first half of the scripted month: an outage that starts the evening before the
 * period, maintenance announced in time, the month's SEV1 whose status differs per
 * region, an incident without status events, and maintenance announced too late.
 */
final class MonthStartIncidents {

	private MonthStartIncidents() {
	}

	static List<IncidentDraft> drafts(Month m) {
		return List.of(acrossMonthStart(m), announcedMaintenance(m), regionalOutage(m), noStatusEvents(m),
				lateMaintenance(m));
	}

	/**
	 * Starts on the last day of the previous month: only its part inside the period
	 * counts.
	 */
	private static IncidentDraft acrossMonthStart(Month m) {
		return IncidentDraft
			.incident("SEV2", "API errors and timeouts in us-west", List.of(API), List.of(US_WEST), m.at(0, "22:30"))
			.author("Marcus Lee")
			.texts("From 22:30 UTC on " + m.dayName(0) + " many API requests in us-west failed or timed out, and from "
					+ "23:10 UTC until 01:20 UTC almost none succeeded. Requests recovered gradually and everything "
					+ "worked normally again from 03:00 UTC on " + m.dayName(1) + ".",
					"A routine change to our load balancers in us-west contained a configuration mistake. It reached "
							+ "every load balancer in the region before our checks caught it, and undoing it took "
							+ "longer than it should have.",
					"Config push lb-usw r2 set max_conns=0 on the api-usw pool; the canary stage was skipped because "
							+ "the change was tagged low-risk. Rollback via lb-ctl hung on the same pool lock "
							+ "(LBCTL-4412) until the lock was force-released.",
					"Requests sent to the us-east endpoint kept working throughout; clients with regional failover "
							+ "enabled saw few errors.",
					"Make the canary stage mandatory for every load balancer change",
					"Roll back automatically when error rates rise after a change",
					"Give rollbacks their own path that the change being undone cannot block")
			.status(m.at(0, "22:30"), "partial_outage", "API: partial outage in us-west")
			.detected(m.at(0, "22:36"), "Error rate on api-usw above 30% for 5 minutes")
			.note(m.at(0, "22:38"), "Mohammed Iqbal (on-call)",
					"Paged. api-usw 5xx at 38% and climbing, started right after lb push r2. Suspect the push.")
			.acknowledged(m.at(0, "22:44"),
					"We are investigating errors and timeouts on the API in us-west. Next update within 30 minutes.",
					"status_page", "twitter")
			.status(m.at(0, "23:10"), "major_outage", "API: major outage in us-west")
			.update(m.at(0, "23:15"), "Most API requests in us-west are now failing. We found a faulty configuration "
					+ "change and are undoing it. If you can, send traffic to us-east, which is working normally. "
					+ "Next update by 23:45 UTC.", "status_page", "email", "twitter")
			.update(m.at(0, "23:45"),
					"Undoing the change is taking longer than we expected. We are still on it and "
							+ "will update you by 00:30 UTC.")
			.note(m.at(1, "00:05"), "Mohammed Iqbal (on-call)",
					"lb-ctl rollback stuck on pool lock LBCTL-4412. Forcing lock release with SRE lead approval.")
			.update(m.at(1, "00:30"),
					"We have found why the fix was stuck and are applying it now. Next update by " + "01:15 UTC.",
					"status_page", "email")
			.status(m.at(1, "01:20"), "partial_outage", "API: partial outage in us-west, recovering")
			.update(m.at(1, "01:25"),
					"The fix is rolling out and about half of API requests in us-west succeed "
							+ "again. Next update within an hour.",
					"status_page", "twitter")
			.mitigated(m.at(1, "02:20"),
					"The fix is fully rolled out and error rates are falling quickly. We are " + "watching closely.")
			.status(m.at(1, "03:00"), "operational", "API: operational in us-west")
			.resolved(m.at(1, "03:00"),
					"This is resolved: the API in us-west has worked normally since 03:00 UTC. "
							+ "We are sorry for the disruption to your evening and night.",
					"status_page", "email")
			.allClear(m.at(1, "03:40"),
					"All clear. Error rates in us-west have stayed normal for 40 minutes. Thank "
							+ "you for your patience; we will publish what we are changing.",
					"status_page", "email", "twitter");
	}

	/**
	 * Announced eight days ahead, so it is excluded; no status events: all under
	 * maintenance.
	 */
	private static IncidentDraft announcedMaintenance(Month m) {
		return IncidentDraft
			.maintenance("SEV4", "Planned maintenance: storage in eu-central", List.of(STORAGE), List.of(EU_CENTRAL),
					m.at(3, "01:00"), m.at(3, "01:00").minusSeconds(8 * 86400))
			.author("Rosa Delgado")
			.texts("As announced eight days in advance, storage in eu-central was unavailable from 01:00 to 03:30 UTC "
					+ "on " + m.dayName(3) + " while we moved it to new disks.",
					"We moved eu-central storage to new, larger disks. The last step needed a short pause that we "
							+ "could not avoid, so we planned it for the quietest hours.",
					"Migration of the storage-euc cluster from sc-euc-a to sc-euc-b (CHG-8812); the final metadata "
							+ "sync needs a write freeze.",
					"Uploads could be retried after 03:30 UTC or sent to eu-west.",
					"Finish the online migration tool so that future disk moves need no pause")
			.update(m.at(3, "01:00").minusSeconds(8 * 86400), "Planned maintenance on " + m.dayName(3)
					+ ", 01:00 to 03:30 UTC: storage in eu-central will be unavailable while we move it to new disks. "
					+ "Other regions are not affected.", "email", "status_page")
			.update(m.at(2, "01:00"),
					"Reminder: storage in eu-central will be unavailable tomorrow from 01:00 to "
							+ "03:30 UTC for planned maintenance.",
					"email")
			.update(m.at(3, "01:00"), "Planned maintenance of storage in eu-central has started.")
			.note(m.at(3, "01:40"), "Leila Haddad (storage)", "Metadata sync at 64%, on track for 03:15.")
			.update(m.at(3, "02:15"), "Maintenance is going to plan. We expect to finish by 03:30 UTC.")
			.resolved(m.at(3, "03:30"), "Maintenance is complete and storage in eu-central is available again.",
					"status_page", "email")
			.allClear(m.at(3, "03:45"), "All clear: storage in eu-central is working normally on its new disks. "
					+ "Thank you for bearing with us.");
	}

	/**
	 * The month's SEV1: partial, then major, then operational, at different times per
	 * region.
	 */
	private static IncidentDraft regionalOutage(Month m) {
		return IncidentDraft
			.incident("SEV1", "API and webhook outage, worst in eu-west", List.of(API, WEBHOOKS),
					List.of(EU_WEST, US_EAST, EU_CENTRAL), m.at(6, "13:40"))
			.author("Dana Kim")
			.texts("From 13:40 UTC the API in eu-west failed for a growing share of requests, and from 13:58 to "
					+ "16:15 UTC almost every API call and webhook delivery in eu-west failed. API requests in us-east "
					+ "failed intermittently between 14:05 and 15:10 UTC, and eu-central was slower than usual. "
					+ "Everything worked normally again from 17:05 UTC; webhooks that could not be delivered were "
					+ "retried and delivered by 18:00 UTC.",
					"The database that holds API keys for eu-west switched to a standby copy that was not up to date. "
							+ "Our servers could no longer check API keys, so they refused requests. Traffic that "
							+ "moved to other regions then overloaded us-east for about an hour.",
					"pg-euw-auth-1 lost its storage volume and Patroni promoted pg-euw-auth-3, which was 41 minutes "
							+ "behind because WAL replay had been stuck since a 13:02 vacuum. The max_lag_bytes "
							+ "failover guard was disabled in March during a migration and never re-enabled "
							+ "(DBA-2291). SDK v4.2 retry bug tripled auth load on use-1.",
					"Clients using our SDK's token cache kept working for up to 15 minutes. Webhooks needed no "
							+ "action: every missed delivery was retried.",
					"Turn the guard that stops failover to an outdated standby back on, and alert if it is ever off",
					"Alert when any standby falls more than one minute behind",
					"Fix our SDK so that clients back off instead of all retrying in another region at once",
					"Run a failover drill for every regional database each quarter")
			.status(m.at(6, "13:40"), "partial_outage", List.of(API), List.of(EU_WEST),
					"API: partial outage in eu-west")
			.detected(m.at(6, "13:44"), "Auth latency p99 above 5 s in eu-west")
			.note(m.at(6, "13:46"), "Ana Novak (database on-call)",
					"Paged with Dana Kim as incident lead. Auth p99 at 9 s on euw, pg-euw-auth-1 not answering.")
			.acknowledged(m.at(6, "13:52"),
					"We are investigating failing API requests in eu-west. Next update " + "within 20 minutes.",
					"status_page", "twitter")
			.status(m.at(6, "13:58"), "major_outage", List.of(API, WEBHOOKS), List.of(EU_WEST),
					"API and webhooks: major outage in eu-west")
			.sms(m.at(6, "14:00"),
					"Major outage: API and webhooks in eu-west are failing. We are working on it. "
							+ "Updates on our status page.")
			.status(m.at(6, "14:05"), "partial_outage", List.of(API), List.of(US_EAST),
					"API: partial outage in us-east")
			.update(m.at(6, "14:10"), "The API and webhooks in eu-west are down, and some API requests in us-east "
					+ "fail. A database that checks API keys in eu-west is not working properly. We are restoring "
					+ "it. Next update by 14:45 UTC.", "status_page", "email", "twitter")
			.status(m.at(6, "14:20"), "degraded_performance", List.of(), List.of(EU_CENTRAL),
					"API and webhooks: slower than usual in eu-central")
			.note(m.at(6, "14:25"), "Ana Novak (database on-call)",
					"pg-euw-auth-3 was promoted 41 min behind. Decision: rebuild from pg-euw-auth-2 rather than "
							+ "replay. No ETA yet, do not give one publicly.")
			.update(m.at(6, "14:45"),
					"We are rebuilding the database from an up-to-date copy. We do not have a "
							+ "reliable time for the fix yet and will not guess. Next update by 15:20 UTC.",
					"status_page", "twitter")
			.status(m.at(6, "15:10"), "operational", List.of(), List.of(US_EAST), "us-east: operational")
			.update(m.at(6, "15:20"),
					"us-east is working normally again. eu-west is still down; the rebuild is "
							+ "about half done. Next update by 15:55 UTC.",
					"status_page", "email")
			.status(m.at(6, "15:45"), "operational", List.of(), List.of(EU_CENTRAL), "eu-central: operational")
			.update(m.at(6, "15:55"),
					"The rebuild is nearly done. We will switch eu-west over to it as soon as "
							+ "it has been checked. Next update by 16:30 UTC.")
			.status(m.at(6, "16:15"), "partial_outage", List.of(), List.of(EU_WEST),
					"API and webhooks: partial outage in eu-west, recovering")
			.mitigated(m.at(6, "16:15"),
					"eu-west is using the rebuilt database and most requests succeed again. "
							+ "Missed webhooks are being delivered now.",
					"status_page", "twitter")
			.update(m.at(6, "16:45"),
					"Error rates in eu-west keep falling. About 1 in 20 requests still fails "
							+ "while caches warm up. Next update by 17:20 UTC.")
			.status(m.at(6, "17:05"), "operational", "API and webhooks: operational in every region")
			.resolved(m.at(6, "17:20"),
					"This is resolved: the API and webhooks have worked normally everywhere "
							+ "since 17:05 UTC. We are very sorry. We know many of you rely on us at this time of day.",
					"status_page", "email", "twitter")
			.sms(m.at(6, "17:20"),
					"Resolved: API and webhooks in eu-west work normally again since 17:05 UTC. "
							+ "We are sorry for the outage.")
			.note(m.at(6, "17:35"), "Dana Kim", "DBA-2291 follow-up: max_lag guard re-enabled on all clusters.")
			.allClear(m.at(6, "18:05"), "All clear: every delayed webhook has been delivered. Thank you for your "
					+ "patience. A full report with what we are changing will follow.", "status_page", "email");
	}

	/** No status events at all: the whole scope counts as a major outage. */
	private static IncidentDraft noStatusEvents(Month m) {
		return IncidentDraft
			.incident("SEV2", "Webhook deliveries failing in us-east and eu-west", List.of(WEBHOOKS),
					List.of(US_EAST, EU_WEST), m.at(8, "09:12"))
			.author("Rosa Delgado")
			.texts("For 55 minutes, from 09:12 UTC, webhook deliveries from us-east and eu-west failed. We kept "
					+ "every event and delivered it after the fix, late but complete.",
					"A new version of the part of our system that signs webhooks crashed on start for some older "
							+ "accounts. We released it to both regions at once instead of one after the other.",
					"webhook-signer 3.18.0 crashed on a nil HMAC key for accounts with a legacy_key_id; the deploy "
							+ "ran euw and use in parallel because the hotfix lane overrides region waves.",
					null, "Release webhook changes one region at a time, with a check in between",
					"Add test accounts with old-style keys to our release checks")
			.detected(m.at(8, "09:16"), "webhook-signer crash loop in use and euw")
			.note(m.at(8, "09:18"), "Arjun Mehta (on-call)", "Rolling back webhook-signer to 3.17.4 in both regions.")
			.acknowledged(m.at(8, "09:24"),
					"Webhook deliveries from us-east and eu-west are failing. Events are "
							+ "not lost: we will deliver them once this is fixed. Next update within 30 minutes.")
			.update(m.at(8, "09:50"), "We are undoing a change that caused this. Events keep queuing safely.",
					"status_page", "twitter")
			.mitigated(m.at(8, "10:02"), "The change is undone and deliveries are starting again.")
			.resolved(m.at(8, "10:07"), "Webhooks work normally again. Queued events are being delivered now.",
					"status_page", "email")
			.allClear(m.at(8, "10:45"), "All clear: every queued webhook has been delivered. Sorry for the delay, "
					+ "and thank you for your patience.");
	}

	/** Maintenance announced only 30 hours ahead: it counts like any incident. */
	private static IncidentDraft lateMaintenance(Month m) {
		return IncidentDraft
			.maintenance("SEV3", "Urgent maintenance: API in us-east", List.of(API), List.of(US_EAST),
					m.at(10, "02:00"), m.at(8, "20:00"))
			.author("Marcus Lee")
			.texts("The API in us-east was unavailable from 02:00 to 03:30 UTC on " + m.dayName(10)
					+ ", and some requests failed until 04:10 UTC.",
					"We had to replace faulty network equipment in us-east sooner than planned. We gave only 30 "
							+ "hours' notice, less than the 72 hours we promise, and the work took 40 minutes longer "
							+ "than we said.",
					"Core switch sw-use-core-2 line card reported memory errors (CHG-8850, emergency). Cutover of the "
							+ "second card needed a BGP reconvergence that was missing from the runbook.",
					"Clients with regional failover enabled were served from us-west.",
					"Keep a spare line card on site, so that replacements can wait for the full notice period",
					"Add the missing step to the runbook and rehearse it")
			.update(m.at(8, "20:00"),
					"Urgent maintenance: we need to replace network equipment in us-east. The API "
							+ "in us-east will be unavailable on " + m.dayName(10)
							+ " from 02:00 to about 03:30 UTC. We are " + "sorry for the short notice.",
					"email", "status_page")
			.status(m.at(10, "02:00"), "under_maintenance", "API: under maintenance in us-east")
			.update(m.at(10, "02:00"), "The maintenance has started. The API in us-east is unavailable.")
			.update(m.at(10, "02:50"), "The work is taking longer than planned. We will update you by 03:30 UTC.",
					"status_page", "email")
			.status(m.at(10, "03:30"), "partial_outage", "API: partial outage in us-east")
			.update(m.at(10, "03:35"),
					"The new equipment is in, but some requests still fail while the network "
							+ "settles. We are working on it. Next update by 04:15 UTC.")
			.note(m.at(10, "03:40"), "Nadia Petrova (network)",
					"BGP reconvergence on sw-use-core-2 not in runbook; doing it by hand now.")
			.status(m.at(10, "04:10"), "operational", "API: operational in us-east")
			.resolved(m.at(10, "04:10"),
					"The maintenance is complete and the API in us-east works normally. We " + "are sorry it ran over.",
					"status_page", "email")
			.allClear(m.at(10, "04:30"), "All clear. Thank you for your patience with this short-notice work.");
	}

}
