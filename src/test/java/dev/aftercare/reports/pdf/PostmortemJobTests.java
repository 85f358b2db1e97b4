package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.aftercare.run.ExitCode;
import dev.aftercare.system.JobTestSupport;
import dev.aftercare.system.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on a small October: an outage with internal events and a root cause,
 * announced maintenance, an incident still open, and customers named {@code Zoë's Café}
 * and {@code 株式会社さくらテック}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostmortemJobTests extends JobTestSupport {

	private static final Path INPUT = Path.of("src/test/resources/runs/postmortems");

	private static final List<String> NEVER_PUBLIC = List.of("ROOTCAUSE-MARKER", "INTERNAL-EVENT-MARKER", "Zoë's Café",
			"株式会社さくらテック", "Northwind Analytics", "Plain Goods", "C-CAFE", "C-JP", "Ana Novak");

	private Path period;

	private RunOutcome outcome;

	@BeforeAll
	void runOctober() {
		Path output = temporaryDirectory("aftercare-postmortems");
		this.outcome = run(INPUT, output, "2026-10");
		this.period = output.resolve("2026-10");
	}

	@Test
	void writesPublicInternalAndMarkdownEditionsForEveryResolvedIncidentOfThePeriod() throws IOException {
		assertThat(this.outcome.exitCode()).isEqualTo(ExitCode.SUCCESS);
		// INC-3 is still open: no postmortem yet
		assertThat(names(this.period.resolve("public"))).containsExactly("INC-1.md", "INC-1.pdf", "INC-2.md",
				"INC-2.pdf");
		assertThat(names(this.period.resolve("internal"))).containsExactly("INC-1.pdf", "INC-2.pdf",
				"reliability-report.pdf");
	}

	@Test
	void theCsvsWorkbooksAndSummaryStayAtTheTopOfThePeriod() throws IOException {
		assertThat(names(this.period)).containsExactly("affected_customers.csv", "credit-review.xlsx",
				"credit_adjustments.csv", "credits.csv", "follow-up.xlsx", "internal", "public", "rejects.csv",
				"run-summary.json");
	}

	private static List<String> names(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void publicEditionsCarryNoInternalTextAndNoCustomerName() throws IOException {
		for (String incident : List.of("INC-1", "INC-2")) {
			String pdf = Samples.text(this.period.resolve("public/" + incident + ".pdf"));
			String markdown = Files.readString(this.period.resolve("public/" + incident + ".md"));
			for (String secret : NEVER_PUBLIC) {
				assertThat(pdf).as(incident + ".pdf").doesNotContain(secret);
				assertThat(markdown).as(incident + ".md").doesNotContain(secret);
			}
		}
	}

	@Test
	void publicEditionStatesTheCreditRatesButNoSmallCount() {
		String text = Samples.text(this.period.resolve("public/INC-1.pdf"));
		assertThat(text).contains("Postmortem: API outage in Dublin and 東京")
			.contains("Customers affected fewer than 5")
			.contains("2026-10-06 13:40 to 17:20 UTC", "3 h 40 min", "Major outage: the service did not work")
			.contains("We are investigating failing API requests.", "Status page, Twitter")
			.contains("qualify for service credits", "appears on the invoice")
			.doesNotContain("applied")
			.contains("business SLA credit 10% enterprise SLA credit 10%")
			.contains("Turn the failover guard back on", "Clients with a token cache kept working.");
	}

	@Test
	void announcedMaintenanceSaysWhyItEarnsNoCredit() {
		String text = Samples.text(this.period.resolve("public/INC-2.pdf"));
		assertThat(text)
			.contains("Planned maintenance: storage in eu-west", "announced in advance",
					"does not earn a service credit", "We are sorry for the interruption")
			.doesNotContain("qualify", "applied", "Why it happened", "so that it does not happen again",
					"Maintenance report:", "Postmortem:");
	}

	@Test
	void internalEditionAddsRootCauseTimelineCustomersAndScorecard() {
		String text = Samples.text(this.period.resolve("internal/INC-1.pdf"));
		assertThat(text).contains("ROOTCAUSE-MARKER-4711", "INTERNAL-EVENT-MARKER rebuilding from pg-auth-2")
			.contains("Zoë's Café (C-CAFE)", "株式会社さくらテック (C-JP)", "Northwind Analytics (C-ENT)")
			.contains("EUR 4.00", "JPY 12,000", "USD 50.00")
			// 13:58 to 16:15 without a public word, and no all-clear
			.contains("2 h 17 min (target 1 h)", "customers heard nothing from us for longer than 60 minutes",
					"no all-clear went out");
	}

	@Test
	void reliabilityReportPutsTheMonthSideBySide() {
		String text = Samples.text(this.period.resolve("internal/reliability-report.pdf"));
		// 171 weighted minutes of 44,640
		assertThat(text).contains("Reliability report 2026-10", "API / Europe West", "99.6169%", "171.00")
			.contains("INC-1", "INC-2", "API outage in Dublin and 東京", "3 h 40 min")
			.contains("Still open", "INC-3", "Slow search in eu-west")
			.doesNotContain("ROOTCAUSE-MARKER");
	}

}
