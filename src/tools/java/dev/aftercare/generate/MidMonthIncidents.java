package dev.aftercare.generate;

import java.util.List;

import static dev.aftercare.generate.Catalog.API;
import static dev.aftercare.generate.Catalog.AP_NORTHEAST;
import static dev.aftercare.generate.Catalog.DASHBOARD;
import static dev.aftercare.generate.Catalog.EU_CENTRAL;
import static dev.aftercare.generate.Catalog.EU_WEST;
import static dev.aftercare.generate.Catalog.SEARCH;
import static dev.aftercare.generate.Catalog.STORAGE;
import static dev.aftercare.generate.Catalog.US_EAST;
import static dev.aftercare.generate.Catalog.US_WEST;

/**
 * The middle of the scripted month: an incident in every region, one that was only slow,
 * a partial outage with a long silence and no all-clear, two overlapping incidents, and a
 * search outage long enough for the highest tier.
 */
final class MidMonthIncidents {

	private MidMonthIncidents() {
	}

	static List<IncidentDraft> drafts(Month m) {
		return List.of(everyRegion(m), slowOnly(m), partialWithSilence(m), overlapFirst(m), overlapSecond(m),
				longSearchOutage(m));
	}

	/** {@code regions = *}. */
	private static IncidentDraft everyRegion(Month m) {
		return IncidentDraft
			.incident("SEV2", "Dashboard sign-in failing in every region", List.of(DASHBOARD), List.of(),
					m.at(12, "16:20"))
			.author("Rosa Delgado")
			.texts("From 16:20 UTC nobody could sign in to the dashboard, in any region. From 16:50 UTC most "
					+ "sign-ins worked again, and everything was back at 17:05 UTC. The API was not affected.",
					"We renewed the certificate our sign-in service uses, and some of our own servers did not yet "
							+ "trust the new one.",
					"SAML signing cert rotated by cert-bot at 16:18; sso-gateway pods cache the trust bundle for 6 h "
							+ "and were not restarted. Fixed by a rolling restart of sso-gateway in all regions.",
					"API keys and the command-line tool kept working, and people already signed in stayed signed in.",
					"Renew certificates with an overlap during which both the old and the new one are trusted",
					"Alert on the share of failed sign-ins, not only on server errors")
			.status(m.at(12, "16:20"), "major_outage", "Dashboard: major outage in every region")
			.detected(m.at(12, "16:24"), "Sign-in success rate below 10% in all regions")
			.acknowledged(m.at(12, "16:29"),
					"Sign-in to the dashboard is failing everywhere. People already signed "
							+ "in are not affected, and the API works. Next update within 30 minutes.",
					"status_page", "twitter")
			.note(m.at(12, "16:35"), "Arjun Mehta (on-call)",
					"sso-gateway trust bundle stale after cert-bot run. " + "Rolling restart, region by region.")
			.status(m.at(12, "16:50"), "partial_outage", "Dashboard: partial outage, recovering")
			.update(m.at(12, "16:52"), "Most sign-ins work again; the rest will follow within minutes.")
			.status(m.at(12, "17:05"), "operational", "Dashboard: operational")
			.resolved(m.at(12, "17:05"),
					"Sign-in works normally again in every region. We are sorry you were " + "locked out.",
					"status_page", "email")
			.allClear(m.at(12, "17:35"), "All clear. Thank you for your patience.");
	}

	/** Only degraded performance, which weighs 0: affected, but no downtime. */
	private static IncidentDraft slowOnly(Month m) {
		return IncidentDraft
			.incident("SEV3", "Slow search in eu-west and eu-central", List.of(SEARCH), List.of(EU_WEST, EU_CENTRAL),
					m.at(14, "08:00"))
			.author("Leila Haddad")
			.texts("From 08:00 to 11:30 UTC, search queries in eu-west and eu-central took two to five seconds "
					+ "instead of under half a second. No query failed.",
					"A large re-indexing job that we started overnight used far more of our search servers than we "
							+ "had planned.",
					"Reindex job RX-1142 started with concurrency 32 instead of 8: the default changed in "
							+ "search-ops 2.4 and the job did not pin it.",
					"Filters on dates and statuses stayed fast.",
					"Cap re-indexing jobs at a quarter of search capacity",
					"Alert when search response times double, not only when queries fail")
			.status(m.at(14, "08:00"), "degraded_performance", "Search: slower than usual in eu-west and eu-central")
			.detected(m.at(14, "08:10"), "search p95 latency 4.2 s in euw and euc")
			.acknowledged(m.at(14, "08:25"),
					"Search in eu-west and eu-central is slower than usual. Results are "
							+ "correct. We are looking into it.")
			.update(m.at(14, "09:10"), "We found the cause, a large background job, and are slowing it down.")
			.mitigated(m.at(14, "10:40"), "We paused the background job and search is getting faster.")
			.status(m.at(14, "11:30"), "operational", "Search: operational")
			.resolved(m.at(14, "11:30"), "Search is back to its usual speed. Sorry for the slow morning.")
			.allClear(m.at(14, "12:00"), "All clear. Thank you for your patience.");
	}

	/**
	 * A partial outage with a silence of three hours and no all-clear: the scorecard
	 * flags both.
	 */
	private static IncidentDraft partialWithSilence(Month m) {
		return IncidentDraft
			.incident("SEV3", "Some storage uploads failing in us-east and us-west", List.of(STORAGE),
					List.of(US_EAST, US_WEST), m.at(16, "12:00"))
			.author("Marcus Lee")
			.texts("From 12:00 to 18:30 UTC about a third of uploads to storage in us-east and us-west failed. "
					+ "Downloads worked throughout.",
					"One group of our storage servers ran out of room for new files, because a clean-up task had "
							+ "stopped running two weeks earlier and we did not notice.",
					"GC cron on storage-us pool B disabled by a typo in the Ansible inventory (PR 9931). Pool B "
							+ "reached 97% and rejected PUTs; placement kept sending a third of writes to it.",
					"Retrying a failed upload usually worked, as the retry was likely to reach a healthy server.",
					"Alert when a storage pool is more than 85% full", "Check every day that clean-up tasks have run",
					"Stop placing new files on a pool that is nearly full")
			.status(m.at(16, "12:00"), "partial_outage", "Storage: partial outage in us-east and us-west")
			.detected(m.at(16, "12:08"), "storage PUT error rate 33% in use and usw")
			.acknowledged(m.at(16, "12:20"),
					"Some uploads to storage in us-east and us-west fail. Downloads work. "
							+ "Retrying usually helps. We are investigating.")
			.update(m.at(16, "12:55"), "We found a group of storage servers that is full and are freeing space.")
			.note(m.at(16, "13:30"), "Leila Haddad (storage)",
					"Pool B at 97%. Manual GC started, will take hours. Nobody assigned to public updates.")
			.update(m.at(16, "16:40"),
					"Sorry for the silence. We are still freeing space; uploads keep failing "
							+ "now and then. Next update within an hour.",
					"status_page", "email")
			.mitigated(m.at(16, "17:30"), "Enough space is free and far fewer uploads fail.")
			.status(m.at(16, "18:30"), "operational", "Storage: operational")
			.resolved(m.at(16, "18:30"), "Uploads work normally again in us-east and us-west.");
	}

	private static IncidentDraft overlapFirst(Month m) {
		return IncidentDraft
			.incident("SEV3", "Elevated API errors in eu-west", List.of(API), List.of(EU_WEST), m.at(18, "10:00"))
			.author("Dana Kim")
			.texts("Between 10:00 and 12:00 UTC about one in ten API requests in eu-west failed. A separate, "
					+ "shorter outage overlapped with it from 11:00 to 11:50 UTC.",
					"A new release of our API could not handle large requests on some servers.",
					"api 7.42.0 regression in the multipart parser (1 MiB buffer). 11% of requests over 1 MiB got "
							+ "500s. The rollback was delayed by the second incident.",
					"Retrying failed requests worked in most cases; requests under 1 MB were not affected.",
					"Test large requests before every release",
					"Roll back automatically when the error rate of a new release rises")
			.status(m.at(18, "10:00"), "partial_outage", "API: partial outage in eu-west")
			.detected(m.at(18, "10:06"), "api-euw 5xx at 9%")
			.acknowledged(m.at(18, "10:15"), "Some API requests in eu-west fail. We are investigating.")
			.update(m.at(18, "10:50"), "We traced the errors to a new release and are rolling it back.")
			.update(m.at(18, "11:35"),
					"A second, larger problem is affecting eu-west; see the separate incident. "
							+ "We are working on both.")
			.mitigated(m.at(18, "11:55"), "The release is rolled back and error rates are back to normal levels.")
			.status(m.at(18, "12:00"), "operational", "API: operational in eu-west")
			.resolved(m.at(18, "12:00"), "The API errors in eu-west are resolved.")
			.allClear(m.at(18, "12:30"), "All clear. Sorry for the errors, and thank you for your patience.");
	}

	/**
	 * Overlaps the previous one on the same service and region: downtime must not add up.
	 */
	private static IncidentDraft overlapSecond(Month m) {
		return IncidentDraft
			.incident("SEV2", "API unavailable in eu-west", List.of(API), List.of(EU_WEST), m.at(18, "11:00"))
			.author("Dana Kim")
			.texts("From 11:00 to 11:50 UTC almost every API request in eu-west failed. This overlapped with the "
					+ "smaller problem reported separately from 10:00 UTC.",
					"While undoing the release behind the earlier errors, we restarted too many API servers at once, "
							+ "and the rest could not carry the traffic.",
					"Rollback run with --fast (maxUnavailable 100%) by on-call; the autoscaler could not keep up and "
							+ "restarts caused connection storms.",
					"Clients with regional failover enabled were served from eu-central.",
					"Limit how many servers a rollback may restart at once",
					"Require a second person to approve fast rollbacks")
			.status(m.at(18, "11:00"), "major_outage", "API: major outage in eu-west")
			.detected(m.at(18, "11:01"), "api-euw healthy hosts below 20%")
			.acknowledged(m.at(18, "11:06"), "The API in eu-west is down. We know why and are bringing servers back.",
					"status_page", "twitter")
			.update(m.at(18, "11:30"), "About half of our API servers in eu-west are back. Next update by 12:00 UTC.")
			.mitigated(m.at(18, "11:45"), "Nearly all servers are back and requests succeed again.")
			.status(m.at(18, "11:50"), "operational", "API: operational in eu-west")
			.resolved(m.at(18, "11:50"),
					"The API in eu-west works normally again. We are sorry for this second "
							+ "disruption in one morning.",
					"status_page", "email")
			.allClear(m.at(18, "12:30"), "All clear for eu-west. Thank you for bearing with us.");
	}

	/** About 38 hours at full weight: below 95% uptime in any month. */
	private static IncidentDraft longSearchOutage(Month m) {
		List<String> stillWorking = List.of(
				"We are still rebuilding the search index in ap-northeast. No data has been lost. Next update "
						+ "within 90 minutes.",
				"The rebuild is progressing steadily. Writes are stored safely and will be searchable once it is "
						+ "done.",
				"Still working on it. Lists and filters in the dashboard work; the records endpoint of the API can "
						+ "stand in for search.",
				"The index rebuild is slower than we hoped. We will not guess at a finish time until we can stand "
						+ "behind it.",
				"Our team is working around the clock on the search outage in ap-northeast. Thank you for your "
						+ "patience.");
		return IncidentDraft
			.incident("SEV1", "Search unavailable in ap-northeast", List.of(SEARCH), List.of(AP_NORTHEAST),
					m.at(19, "20:40"))
			.author("Kenji Watanabe")
			.texts("Search in ap-northeast was unavailable from 20:40 UTC on " + m.dayName(19) + " until 10:30 UTC on "
					+ m.dayName(21) + ", and partly available until 12:30 UTC. No data was lost: everything written "
					+ "during the outage was indexed once search came back.",
					"A routine upgrade of our search servers in ap-northeast failed half-way and left the index "
							+ "unreadable. Rebuilding it took far longer than our plans assumed, because we had never "
							+ "rebuilt an index of that size in one go.",
					"es-apne rolling upgrade with mixed-version nodes marked 412 primaries stale. Snapshot restore "
							+ "ran at 40 MB/s (default throttle) for 31 h. Last restore drill used a tenth-size index.",
					"Lists and filters in the dashboard kept working, and the API's records endpoint could stand in "
							+ "for search.",
					"Upgrade search region by region, with a tested way back",
					"Raise the restore speed and rehearse a full-size restore every quarter",
					"Keep a standby index that search can move to within an hour")
			.status(m.at(19, "20:40"), "major_outage", "Search: major outage in ap-northeast")
			.detected(m.at(19, "20:47"), "search-apne cluster red, 412 unassigned primaries")
			.note(m.at(19, "20:55"), "Hiroshi Tanaka (search on-call)",
					"Upgrade left primaries stale. Restore from snapshot is the only safe way. Throttle 40 MB/s.")
			.acknowledged(m.at(19, "21:02"),
					"Search in ap-northeast is unavailable. We are investigating and will "
							+ "update you within 30 minutes.",
					"status_page", "email", "twitter")
			.sms(m.at(19, "21:05"),
					"Major outage: search in ap-northeast is unavailable. Your data is safe. "
							+ "Updates on our status page.")
			.cadence(m.at(19, "21:30"), m.at(21, "10:00"), new int[] { 60, 75, 90, 80 }, stillWorking, "status_page")
			.note(m.at(20, "09:00"), "Hiroshi Tanaka (search on-call)",
					"Restore at 38%. Asked to lift the throttle; risk to other clusters judged acceptable.")
			.update(m.at(20, "12:00"),
					"We are restoring the index from our backups, which keep all data. It is "
							+ "more than a third done.",
					"email", "twitter")
			.status(m.at(21, "10:30"), "partial_outage", "Search: partial outage in ap-northeast, recovering")
			.mitigated(m.at(21, "10:30"),
					"Search is back in ap-northeast. Some results may be incomplete while the "
							+ "last part of the index catches up.",
					"status_page", "email", "twitter")
			.status(m.at(21, "12:30"), "operational", "Search: operational in ap-northeast")
			.resolved(m.at(21, "12:30"),
					"Search in ap-northeast works normally again, with every record indexed. "
							+ "We are deeply sorry for this long outage.",
					"status_page", "email", "twitter")
			.sms(m.at(21, "12:30"),
					"Resolved: search in ap-northeast works normally again. We are deeply sorry "
							+ "for the long outage.")
			.allClear(m.at(21, "14:00"),
					"All clear. Search has run normally for 90 minutes. Thank you for your "
							+ "patience through a very long outage; a full report will follow.",
					"status_page", "email");
	}

}
