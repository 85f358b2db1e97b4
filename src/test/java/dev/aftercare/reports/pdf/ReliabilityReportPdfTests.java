package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.model.Interval;

import static org.assertj.core.api.Assertions.assertThat;

class ReliabilityReportPdfTests {

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	@TempDir
	Path directory;

	@Test
	void putsAvailabilityIncidentsCreditsAndScorecardsSideBySide() throws IOException {
		Path file = this.directory.resolve("reliability-report.pdf");
		List<Availability> availability = Availability.of(List.of(Samples.impact()), Samples.facts().regionsByService(),
				Samples.TERMS, Interval.of(OCTOBER));
		new ReliabilityReportPdf(Samples.kit()).write(file, OCTOBER, List.of(Samples.postmortem()), availability,
				Samples.facts().monthTotals(), List.of(), Samples.TERMS);
		String text = Samples.text(file);
		// 45 min major, 70 min partial at half, 15 min degraded at nothing: 80 minutes
		assertThat(text).contains("Reliability report 2026-10", "Availability by service and region",
				"api / eu-central", "99.8208%", "80.00", "SLA targets (dashed): starter 99.5%, business 99.9%,");
		assertThat(text).contains("INC-7 " + Samples.TITLE + " SEV1 2026-10-03 14:05 UTC 2 h 30 min 42", "EUR 1,234.50",
				"JPY 75,000");
		assertThat(text)
			.contains("Communication scorecards", "INC-7 12 min 8 min 1 h 10 min Status page, Email, Twitter not sent")
			.doesNotContain("Still open", Samples.ROOT_CAUSE, Samples.CAFE);
	}

	@Test
	void saysSoWhenNoIncidentMetThePeriodAndListsTheOpenOnes() throws IOException {
		Path file = this.directory.resolve("reliability-report.pdf");
		new ReliabilityReportPdf(Samples.kit()).write(file, OCTOBER, List.of(), List.of(), List.of(),
				List.of(Samples.incident()), Samples.TERMS);
		assertThat(Samples.text(file)).contains("No resolved incident had an impact in this period.", "Still open",
				"INC-7", Samples.TITLE);
	}

}
