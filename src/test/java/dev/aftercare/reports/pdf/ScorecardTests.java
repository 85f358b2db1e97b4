package dev.aftercare.reports.pdf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.EventKind;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.model.Status;
import dev.aftercare.model.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardTests {

	private static final Duration HOUR = Duration.ofMinutes(60);

	private final List<IncidentEvent> events = new ArrayList<>();

	@Test
	void detectionIsDetectedAtWhenTheIncidentHasIt() {
		event("10:30", EventKind.DETECTED, Visibility.INTERNAL, null);
		Scorecard card = Scorecard.of(incident("10:00", "10:12", "12:00"), this.events, HOUR);
		assertThat(card.toDetection()).isEqualTo(Duration.ofMinutes(12));
	}

	@Test
	void detectionFallsBackToTheFirstDetectedEvent() {
		event("10:20", EventKind.DETECTED, Visibility.INTERNAL, null);
		Scorecard card = Scorecard.of(incident("10:00", null, "12:00"), this.events, HOUR);
		assertThat(card.toDetection()).isEqualTo(Duration.ofMinutes(20));
	}

	@Test
	void detectionNotRecordedIsNull() {
		Scorecard card = Scorecard.of(incident("10:00", null, "12:00"), this.events, HOUR);
		assertThat(card.toDetection()).isNull();
	}

	@Test
	void acknowledgementIsTheFirstPublicMessageAfterDetection() {
		event("10:00", EventKind.STATUS, Visibility.PUBLIC, null);
		event("10:15", EventKind.NOTE, Visibility.INTERNAL, null);
		event("10:25", EventKind.ACKNOWLEDGED, Visibility.PUBLIC, "status_page");
		Scorecard card = Scorecard.of(incident("10:00", "10:10", "12:00"), this.events, HOUR);
		// the status recorded at the start without a channel reached no one
		assertThat(card.toAcknowledgement()).isEqualTo(Duration.ofMinutes(15));
		assertThat(card.acknowledgementMet()).isTrue();
	}

	@Test
	void acknowledgementCountsFromTheStartWhenDetectionIsNotRecorded() {
		event("11:30", EventKind.UPDATE, Visibility.PUBLIC, "email");
		Scorecard card = Scorecard.of(incident("10:00", null, "12:00"), this.events, HOUR);
		assertThat(card.toAcknowledgement()).isEqualTo(Duration.ofMinutes(90));
		assertThat(card.acknowledgementMet()).isFalse();
		assertThat(card.misses()).contains("miss_acknowledgement");
	}

	@Test
	void longestSilenceRunsBetweenPublicMessagesUntilTheResolution() {
		event("10:10", EventKind.ACKNOWLEDGED, Visibility.PUBLIC, "status_page");
		event("10:40", EventKind.UPDATE, Visibility.PUBLIC, "status_page");
		event("11:00", EventKind.NOTE, Visibility.INTERNAL, null);
		event("11:35", EventKind.UPDATE, Visibility.PUBLIC, "twitter");
		Scorecard card = Scorecard.of(incident("10:00", "10:05", "12:50"), this.events, HOUR);
		// 11:35 to the resolution at 12:50 without a word
		assertThat(card.longestSilence()).isEqualTo(Duration.ofMinutes(75));
		assertThat(card.silenceMet()).isFalse();
		assertThat(card.misses()).contains("miss_silence");
	}

	@Test
	void aSilenceOfExactlyTheTargetMeetsIt() {
		event("10:00", EventKind.ACKNOWLEDGED, Visibility.PUBLIC, "status_page");
		event("11:00", EventKind.UPDATE, Visibility.PUBLIC, "status_page");
		event("12:00", EventKind.RESOLVED, Visibility.PUBLIC, "status_page");
		event("12:10", EventKind.ALL_CLEAR, Visibility.PUBLIC, "email");
		Scorecard card = Scorecard.of(incident("10:00", "10:00", "12:00"), this.events, HOUR);
		assertThat(card.longestSilence()).isEqualTo(HOUR);
		assertThat(card.allMet()).isTrue();
		assertThat(card.misses()).isEmpty();
	}

	@Test
	void silenceCountsOnlyWhileTheIncidentWasOpen() {
		event("2026-10-02T01:00:00Z", EventKind.UPDATE, Visibility.PUBLIC, "email");
		event("01:00", EventKind.UPDATE, Visibility.PUBLIC, "status_page");
		event("01:50", EventKind.UPDATE, Visibility.PUBLIC, "status_page");
		Scorecard card = Scorecard.of(incident("01:00", null, "02:30"), this.events, HOUR);
		// announced days ahead: silent from the start, not from the announcement
		assertThat(card.longestSilence()).isEqualTo(Duration.ofMinutes(50));
		assertThat(card.toAcknowledgement()).isEqualTo(Duration.ZERO);
	}

	@Test
	void noPublicMessageWhileOpenMissesPlainly() {
		event("10:05", EventKind.DETECTED, Visibility.INTERNAL, null);
		event("12:30", EventKind.RESOLVED, Visibility.PUBLIC, "status_page");
		Scorecard card = Scorecard.of(incident("10:00", null, "12:00"), this.events, HOUR);
		assertThat(card.longestSilence()).isNull();
		// the first public word came after the resolution, so it was late too
		assertThat(card.misses()).containsExactly("miss_no_update", "miss_acknowledgement", "miss_all_clear");
	}

	@Test
	void onlyAnAllClearAtOrAfterTheResolutionCounts() {
		event("10:10", EventKind.ACKNOWLEDGED, Visibility.PUBLIC, "status_page");
		event("11:00", EventKind.ALL_CLEAR, Visibility.PUBLIC, "status_page");
		assertThat(Scorecard.of(incident("10:00", null, "11:30"), this.events, HOUR).allClear()).isFalse();
		event("11:30", EventKind.ALL_CLEAR, Visibility.INTERNAL, "status_page");
		assertThat(Scorecard.of(incident("10:00", null, "11:30"), this.events, HOUR).allClear()).isFalse();
		event("11:30", EventKind.ALL_CLEAR, Visibility.PUBLIC, "email");
		assertThat(Scorecard.of(incident("10:00", null, "11:30"), this.events, HOUR).allClear()).isTrue();
	}

	@Test
	void channelsAreListedOnceInOrderOfFirstUse() {
		event("10:10", EventKind.ACKNOWLEDGED, Visibility.PUBLIC, "twitter");
		event("10:10", EventKind.ACKNOWLEDGED, Visibility.PUBLIC, "status_page");
		event("10:20", EventKind.NOTE, Visibility.INTERNAL, "chat");
		event("10:40", EventKind.UPDATE, Visibility.PUBLIC, "twitter");
		event("10:50", EventKind.UPDATE, Visibility.PUBLIC, "sms");
		Scorecard card = Scorecard.of(incident("10:00", null, "11:00"), this.events, HOUR);
		assertThat(card.channels()).containsExactly("twitter", "status_page", "sms");
	}

	private void event(String time, EventKind kind, Visibility visibility, String channel) {
		this.events.add(new IncidentEvent("INC-1", this.events.size() + 1, Samples.at(instant(time)), kind,
				(kind == EventKind.STATUS) ? Status.MAJOR_OUTAGE : null, List.of(), List.of(), visibility, channel,
				null, "message"));
	}

	private static Incident incident(String start, String detected, String resolved) {
		return new Incident("INC-1", "Outage", Severity.SEV2, IncidentType.INCIDENT, List.of("api"), List.of("eu-west"),
				Samples.at(instant(start)), (detected != null) ? Samples.at(instant(detected)) : null,
				Samples.at(instant(resolved)), null, null, null, null, null, null, List.of());
	}

	private static String instant(String time) {
		return time.contains("T") ? time : "2026-10-10T" + time + ":00Z";
	}

}
