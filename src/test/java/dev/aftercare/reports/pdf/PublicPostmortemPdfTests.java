package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPostmortemPdfTests {

	@TempDir
	Path directory;

	@Test
	void writesEverySectionACustomerNeedsInOrder() throws IOException {
		Path file = this.directory.resolve("INC-7.pdf");
		new PublicPostmortemPdf(Samples.kit()).write(Samples.postmortem().publicPart(), file);
		assertThat(Samples.readingOrder(file)).containsSubsequence("Postmortem: " + Samples.TITLE,
				"Incident INC-7, published by Example Cloud on 2026-11-02", "In short", "What happened",
				"Why it happened", "Workaround", "What we are doing so that it does not happen again",
				"Timeline of our updates", "Impact by service and region", "Service credits", "Thank you");
		String text = Samples.text(file);
		assertThat(text).contains("Requests to the API failed", "A security certificate", "Requests sent again",
				"We now renew certificates", "We are sorry.");
		// the summary and the apology come before the story
		assertThat(text).containsSubsequence(
				"From 2026-10-03 14:05 to 16:35 UTC (2 h 30 min), API and Dashboard in"
						+ " Europe Central and Asia Pacific Northeast had an outage",
				"We are sorry.", "Requests to the API failed");
	}

	@Test
	void summaryGivesWindowInUtcAndLocalTimeSeverityDurationScopeAndCustomerCount() throws IOException {
		String text = write(Samples.postmortem().publicPart());
		assertThat(text)
			.contains("2026-10-03 14:05 to 16:35 UTC", "2026-10-03 16:05 to 18:35 CEST",
					"Major outage: the service did not work (SEV1)", "2 h 30 min", "API, Dashboard",
					"Europe Central, Asia Pacific Northeast")
			.containsPattern("Customers affected 42");
	}

	@Test
	void timelineHasEveryPublicUpdateWithTimeAndChannel() throws IOException {
		String text = write(Samples.postmortem().publicPart());
		assertThat(text)
			.contains("2026-10-03 14:25 UTC (16:25 CEST) Status page We are investigating errors on the API.")
			.contains("Email We have found the cause and are rolling out a fix.")
			.contains("Twitter The fix is live; response times are returning to normal.");
	}

	@Test
	void impactPictureNamesEveryServiceAndRegionAndTheStatuses() throws IOException {
		String text = write(Samples.postmortem().publicPart());
		assertThat(text).contains("API / Europe Central", "API / Asia Pacific Northeast", "Dashboard / Europe Central",
				"Dashboard / Asia Pacific Northeast", "Major outage", "Partial outage", "Degraded performance",
				"Maintenance");
	}

	@Test
	void creditsQualifyAndAppearOnTheInvoiceWithRatesButNoCounts() throws IOException {
		String text = write(Samples.postmortem().publicPart());
		assertThat(text)
			.contains("Subscriptions this incident affected qualify for service credits under our terms of service.",
					"A credit appears on the invoice once our billing team has approved it",
					"you do not need to claim it")
			.contains("Plan Basis Credit enterprise SLA credit 10% starter Goodwill credit 5%")
			.contains("enterprise (SLA 99.95%): below 99.95% uptime: 10%")
			.doesNotContain("applied", "Subscriptions 30", "10% 30", "5% 25", "did not reach a service credit");
	}

	@Test
	void goodwillIsToldAsTheTermsApplyIt() throws IOException {
		String text = write(Samples.postmortem().publicPart());
		assertThat(text).contains("When the SLA gives a subscription no credit, but a single incident gave it at least"
				+ " 240 minutes of downtime in the month, counted as our terms weight it, we credit 5% of its monthly"
				+ " fee as a goodwill gesture.",
				"Our terms count each minute of downtime by the status it had: major outage 100%, partial outage 50%,"
						+ " degraded performance 0%, maintenance 100%.")
			.doesNotContain("Where an outage lasts");
	}

	@Test
	void apologisesOnceThanksAndSaysWhereToAsk() throws IOException {
		String text = write(Samples.postmortem().publicPart());
		assertThat(text.split("We are sorry", -1)).hasSize(2);
		assertThat(text).contains("Thank you for your patience", "support@example.com", "https://example.com/feedback");
	}

	@Test
	void carriesNoRootCauseNoInternalEventAndNoCustomerName() throws IOException {
		String text = write(Samples.postmortem().publicPart());
		assertThat(text).doesNotContain(Samples.ROOT_CAUSE, "ROOT-CAUSE-SECRET", Samples.INTERNAL_MESSAGE,
				"INTERNAL-ONLY", "Alert: API 5xx", Samples.JAPANESE_CUSTOMER, Samples.CAFE, "oncall");
	}

	@Test
	void japaneseTextPrintsWithAnEmbeddedFont() throws IOException {
		Path file = this.directory.resolve("INC-7.pdf");
		new PublicPostmortemPdf(Samples.kit()).write(Samples.postmortem().publicPart(), file);
		assertThat(Samples.text(file)).contains("東京");
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
		}
	}

	@Test
	void longTextsWrapAndBreakAcrossPagesWithAFooterOnEach() throws IOException {
		StringBuilder impact = new StringBuilder();
		for (int i = 1; i <= 120; i++) {
			impact.append("Sentence ").append(i).append(" of what customers saw, 長い説明文もきちんと折り返します. ");
		}
		impact.append("https://status.example.com/incidents/INC-7/a-long-address-without-a-single-space-in-it");
		PublicPostmortem base = Samples.postmortem().publicPart();
		PublicPostmortem longer = new PublicPostmortem(base.incidentId(), base.title(), base.severity(), base.type(),
				base.services(), base.regions(), base.startedAt(), base.resolvedAt(), base.published(),
				base.affectedCustomers(), impact.toString(), base.publicCause(), base.workaround(),
				Collections.nCopies(40, "We add a check that stops this failure from reaching you again."),
				base.timeline(), base.scopes(), base.longOutage(), base.compensation());
		Path file = this.directory.resolve("long.pdf");
		new PublicPostmortemPdf(Samples.kit()).write(longer, file);
		int pages = Samples.pages(file);
		assertThat(pages).isGreaterThan(2);
		String text = Samples.text(file);
		assertThat(text).contains("Sentence 1 of", "Sentence 120 of", "a-long-address-without-a-single-space-in-it",
				"Thank you");
		for (int page = 1; page <= pages; page++) {
			assertThat(text).contains("Page " + page + " of " + pages);
		}
	}

	private String write(PublicPostmortem postmortem) throws IOException {
		Path file = this.directory.resolve(postmortem.incidentId() + ".pdf");
		new PublicPostmortemPdf(Samples.kit()).write(postmortem, file);
		return Samples.text(file);
	}

}
