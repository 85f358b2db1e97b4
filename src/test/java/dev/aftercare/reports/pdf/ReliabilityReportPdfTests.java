package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Interval;
import dev.aftercare.model.Severity;
import dev.aftercare.model.SlaExclusion;

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
				"API / Europe Central 99.8208% 80.00 99.8208% 80.00", "99.8208% / 99.8208%",
				"SLA targets (dashed): starter 99.5%, business 99.9%,");
		assertThat(text).contains(
				"INC-7 " + Samples.TITLE + " SEV1 2026-10-03 14:05 UTC 2 h 30 min 42 EUR 1,234.50 JPY 75,000",
				"Total EUR 1,234.50 JPY 75,000");
		assertThat(text)
			.contains("Communication scorecards", "INC-7 12 min 8 min 1 h 10 min Status page, Email, Twitter not sent")
			.doesNotContain("Still open", Samples.ROOT_CAUSE, Samples.CAFE);
	}

	@Test
	void everyPageIsMarkedInternal() throws IOException {
		Path file = this.directory.resolve("reliability-report.pdf");
		List<Availability> availability = Availability.of(List.of(Samples.impact()), Samples.facts().regionsByService(),
				Samples.TERMS, Interval.of(OCTOBER));
		new ReliabilityReportPdf(Samples.kit()).write(file, OCTOBER, List.of(Samples.postmortem()), availability,
				Samples.facts().monthTotals(), List.of(Samples.incident()), Samples.TERMS);
		int pages = Samples.pages(file);
		assertThat(pages).isGreaterThan(1);
		for (int page = 1; page <= pages; page++) {
			assertThat(Samples.pageText(file, page))
				.contains("INTERNAL: for Example Cloud staff only, not for publication");
		}
	}

	@Test
	void anExcludedOutageIsNotAHundredPercentAsCustomersExperiencedIt() throws IOException {
		Incident typhoon = new Incident("INC-T", "Typhoon", Severity.SEV2, IncidentType.INCIDENT, List.of("storage"),
				List.of("ap-northeast"), Samples.at("2026-10-24T05:00:00Z"), null, Samples.at("2026-10-24T09:40:00Z"),
				null, SlaExclusion.FORCE_MAJEURE, null, null, null, null, List.of());
		List<Availability> availability = Availability.of(
				List.of(new IncidentImpact(typhoon, List.of(), Samples.TERMS)), Map.of(), Samples.TERMS,
				Interval.of(OCTOBER));
		Path file = this.directory.resolve("reliability-report.pdf");
		new ReliabilityReportPdf(Samples.kit()).write(file, OCTOBER, List.of(), availability, List.of(), List.of(),
				Samples.TERMS);
		// 280 minutes of 44,640: 99.3728% as customers had it, 100% as the SLA counts it
		assertThat(Samples.text(file)).contains("Storage / Asia Pacific Northeast 99.3728% 280.00 100% 0.00",
				"99.3728% / 100%", "As customers experienced it", "As the SLA counts it");
	}

	@Test
	void theChartOfAFullMonthStaysOnOnePageWithItsHeading() throws IOException {
		List<Availability> availability = new ArrayList<>();
		for (String service : List.of("api", "dashboard", "search", "storage")) {
			for (String region : List.of("ap-northeast", "eu-central", "eu-west", "us-east", "us-west")) {
				availability.add(new Availability(service, region, BigDecimal.ZERO, new BigDecimal("100"),
						new BigDecimal("287.5"), new BigDecimal("99.356")));
			}
		}
		availability.add(new Availability("webhooks", "us-east", new BigDecimal("2330"), new BigDecimal("94.7805"),
				new BigDecimal("2330"), new BigDecimal("94.7805")));
		Path file = this.directory.resolve("reliability-report.pdf");
		new ReliabilityReportPdf(Samples.kit()).write(file, OCTOBER, List.of(), availability, List.of(), List.of(),
				Samples.TERMS);
		String first = Samples.pageText(file, 1);
		assertThat(first).contains("Availability by service and region", "API / Asia Pacific Northeast",
				"Webhooks / US East", "94.7805% / 94.7805%", "SLA targets (dashed)", "99.999%+");
		assertThat(Samples.text(file).split("SLA targets \\(dashed\\)", -1)).hasSize(2);
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
