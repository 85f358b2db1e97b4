package dev.aftercare.reports.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.EventKind;
import dev.aftercare.model.Visibility;
import dev.aftercare.reports.pdf.PublicPostmortem.TimelineEntry;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineEntryTests {

	@Test
	void theSameMessageSentToSeveralChannelsAtOnceIsOneLine() {
		List<TimelineEntry> entries = TimelineEntry.of(List.of(
				Samples.event(1, "2026-10-03T14:25:00Z", EventKind.UPDATE, null, Visibility.PUBLIC, "status_page",
						"We are on it."),
				Samples.event(2, "2026-10-03T14:25:00Z", EventKind.UPDATE, null, Visibility.PUBLIC, "email",
						"We are on it."),
				Samples.event(3, "2026-10-03T14:25:00Z", EventKind.UPDATE, null, Visibility.PUBLIC, "sms", "On it."),
				Samples.event(4, "2026-10-03T14:30:00Z", EventKind.UPDATE, null, Visibility.PUBLIC, "email",
						"On it.")));
		assertThat(entries).extracting(TimelineEntry::channels)
			.containsExactly(List.of("status_page", "email"), List.of("sms"), List.of("email"));
	}

}
