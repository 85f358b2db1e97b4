package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InternalPostmortemPdfTests {

	@TempDir
	Path directory;

	private Path file;

	private String text;

	@BeforeEach
	void write() throws IOException {
		this.file = this.directory.resolve("INC-7.pdf");
		new InternalPostmortemPdf(Samples.kit()).write(Samples.postmortem(), this.file);
		this.text = Samples.text(this.file);
	}

	@Test
	void saysItIsNotForPublication() {
		assertThat(this.text).contains("Internal postmortem: " + Samples.TITLE, "not for publication");
	}

	@Test
	void addsTheRootCause() {
		assertThat(this.text).contains("Root cause (internal)", Samples.ROOT_CAUSE);
	}

	@Test
	void fullTimelineHasInternalEventsWithTheirVisibility() {
		assertThat(Samples.readingOrder(this.file)).contains("Full timeline (internal and public events)")
			.containsSubsequence("internal Detected", "Alert: API 5xx above 20%", "public Acknowledged",
					"internal Note", "INTERNAL-ONLY");
		assertThat(this.text).contains(Samples.INTERNAL_MESSAGE);
	}

	@Test
	void countsAffectedSubscriptionsByPlanRegionAndService() {
		assertThat(this.text).contains("By plan Subscriptions Customers affected enterprise 30 20 starter 25 22",
				"By region Subscriptions Customers affected Europe Central 40 30 Asia Pacific Northeast 15 12",
				"By service Subscriptions Customers affected API 35 30 Dashboard 20 18");
	}

	@Test
	void totalsCreditsPerCurrencyAndNamesTheLargestInAnyScript() {
		assertThat(this.text).contains("EUR 40 EUR 1,234.50", "JPY 15 JPY 75,000")
			.contains(Samples.CAFE + " (C-9) enterprise API / Europe Central", "EUR 120.00")
			.contains(Samples.JAPANESE_CUSTOMER + " (C-3)", "JPY 30,000");
	}

	@Test
	void scorecardMeasuresTheTimelineAndSaysPlainlyWhatWasMissed() {
		// detected 12 min after the start, acknowledged 8 min later, then 15:10 to 16:20
		// without a word, and no all-clear
		assertThat(this.text)
			.contains("From start to detection 12 min",
					"From detection to first public acknowledgement 8 min (target 1 h) Met",
					"Longest silence between public updates while open 1 h 10 min (target 1 h) Missed",
					"Channels used Status page, Email, Twitter", "All-clear after resolution not sent Missed")
			.contains("This incident missed communication targets: customers heard nothing from us for longer than"
					+ " 60 minutes while it was open; no all-clear went out after it was resolved.");
	}

	@Test
	void keepsThePublicContentToo() {
		assertThat(this.text).contains("What happened", "Why it happened", "Impact by service and region",
				"Service credits", "We are sorry.");
	}

}
