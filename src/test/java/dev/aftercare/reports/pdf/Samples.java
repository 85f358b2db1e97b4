package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import dev.aftercare.credits.Basis;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.model.EventKind;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.model.Status;
import dev.aftercare.model.Visibility;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.reports.pdf.InternalDetail.Count;
import dev.aftercare.reports.pdf.InternalDetail.CurrencyTotal;
import dev.aftercare.reports.pdf.InternalDetail.LargestCredit;
import dev.aftercare.reports.pdf.PublicPostmortem.CreditRate;
import dev.aftercare.terms.Terms;
import dev.aftercare.terms.TermsLoader;

/**
 * An incident with public and internal events, the facts a run would have computed about
 * it, and the means to read a PDF back as text.
 */
final class Samples {

	static final Terms TERMS = new TermsLoader().loadDefault();

	static final String ROOT_CAUSE = "ROOT-CAUSE-SECRET: a stale TLS certificate on lb-7";

	static final String INTERNAL_MESSAGE = "INTERNAL-ONLY: paged the storage on-call, db-3 replica lag 40s";

	static final String JAPANESE_CUSTOMER = "山田商事株式会社";

	static final String CAFE = "Zoë's Café";

	static final String TITLE = "API errors in 東京 and Frankfurt";

	static final java.time.LocalDate PUBLISHED = java.time.LocalDate.of(2026, 11, 2);

	private Samples() {
	}

	static ReportSettings settings(String zone) {
		return new ReportSettings(Path.of("reports"), "Example Cloud", "support@example.com",
				"https://example.com/feedback", zone, "#1F4E79", 60);
	}

	static ReportKit kit() {
		return kit("Europe/Berlin");
	}

	static ReportKit kit(String zone) {
		return ReportKit.load(settings(zone), new PdfSettings("logo.png"));
	}

	static Instant at(String text) {
		return Instant.parse(text);
	}

	static Incident incident() {
		return new Incident("INC-7", TITLE, Severity.SEV1, IncidentType.INCIDENT, List.of("api", "dashboard"),
				List.of("eu-central", "ap-northeast"), at("2026-10-03T14:05:00Z"), at("2026-10-03T14:17:00Z"),
				at("2026-10-03T16:35:00Z"), null, null,
				"Requests to the API failed with errors, and the dashboard did not load for customers in Frankfurt"
						+ " and Tokyo.",
				"A security certificate on one of our load balancers expired, and we had not renewed it in time.",
				ROOT_CAUSE, "Requests sent again after a few seconds mostly succeeded.",
				List.of("We now renew certificates automatically 30 days before they expire.",
						"We alert on every certificate that expires within 14 days."));
	}

	static List<IncidentEvent> events() {
		List<IncidentEvent> events = new ArrayList<>();
		events.add(event(1, "2026-10-03T14:17:00Z", EventKind.DETECTED, null, Visibility.INTERNAL, null,
				"Alert: API 5xx above 20%"));
		events.add(event(2, "2026-10-03T14:25:00Z", EventKind.ACKNOWLEDGED, null, Visibility.PUBLIC, "status_page",
				"We are investigating errors on the API."));
		events.add(event(3, "2026-10-03T14:25:00Z", EventKind.STATUS, Status.MAJOR_OUTAGE, Visibility.PUBLIC,
				"status_page", null));
		events.add(event(4, "2026-10-03T14:40:00Z", EventKind.NOTE, null, Visibility.INTERNAL, null, INTERNAL_MESSAGE));
		events.add(event(5, "2026-10-03T15:10:00Z", EventKind.STATUS, Status.PARTIAL_OUTAGE, Visibility.PUBLIC, "email",
				"We have found the cause and are rolling out a fix."));
		events.add(event(6, "2026-10-03T16:20:00Z", EventKind.STATUS, Status.DEGRADED_PERFORMANCE, Visibility.PUBLIC,
				"twitter", "The fix is live; response times are returning to normal."));
		events.add(event(7, "2026-10-03T16:35:00Z", EventKind.RESOLVED, null, Visibility.PUBLIC, "status_page",
				"Resolved."));
		return events;
	}

	static IncidentEvent event(long line, String at, EventKind kind, Status status, Visibility visibility,
			String channel, String message) {
		return new IncidentEvent("INC-7", line, at(at), kind, status, List.of(), List.of(), visibility, channel,
				(visibility == Visibility.INTERNAL) ? "oncall" : "comms", message);
	}

	static IncidentImpact impact() {
		return new IncidentImpact(incident(), events(), TERMS);
	}

	static RunFacts facts() {
		return new RunFacts(Map.of("INC-7", 42L),
				Map.of("INC-7", List.of(new Count("enterprise", 30, 20), new Count("starter", 25, 22))),
				Map.of("INC-7", List.of(new Count("eu-central", 40, 30), new Count("ap-northeast", 15, 12))),
				Map.of("INC-7", List.of(new Count("api", 35, 30), new Count("dashboard", 20, 18))),
				Map.of("INC-7",
						List.of(new CreditRate("enterprise", Basis.SLA, new BigDecimal("10"), 30),
								new CreditRate("starter", Basis.GOODWILL, new BigDecimal("5"), 25))),
				Map.of("INC-7",
						List.of(new CurrencyTotal("EUR", 40, new BigDecimal("1234.5")),
								new CurrencyTotal("JPY", 15, new BigDecimal("75000")))),
				Map.of("INC-7",
						List.of(new LargestCredit("C-9", CAFE, "enterprise", "api", "eu-central", "EUR",
								new BigDecimal("10"), "sla", new BigDecimal("120")),
								new LargestCredit("C-3", JAPANESE_CUSTOMER, "enterprise", "api", "ap-northeast", "JPY",
										new BigDecimal("10"), "sla", new BigDecimal("30000")))),
				List.of(new CurrencyTotal("EUR", 40, new BigDecimal("1234.5")),
						new CurrencyTotal("JPY", 15, new BigDecimal("75000"))),
				Map.of("api", List.of("ap-northeast", "eu-central", "us-east")),
				Map.of("INC-7", List.of(new CurrencyTotal("EUR", 40, new BigDecimal("1234.5")),
						new CurrencyTotal("JPY", 15, new BigDecimal("75000")))));
	}

	static Postmortem postmortem() {
		return new PostmortemAssembler(TERMS, facts(), java.time.Duration.ofMinutes(60), PUBLISHED).assemble(impact(),
				events());
	}

	/**
	 * The text of a PDF as PDFBox extracts it, pages in order, on one line: a text that
	 * wrapped in a table cell reads as it was written (a line broken after a hyphen joins
	 * up again).
	 */
	static String text(Path pdf) {
		return rawText(pdf).replaceAll("(?<=\\S-)\\s+", "").replaceAll("\\s+", " ");
	}

	/**
	 * The text of a PDF in reading order, top to bottom on each page, on one line: for
	 * checking the order of sections.
	 */
	static String readingOrder(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of a PDF as PDFBox extracts it, pages in order, lines as they are. */
	static String rawText(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of one page of a PDF, on one line. */
	static String pageText(Path pdf, int page) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The title in a PDF's document information. */
	static String title(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getDocumentInformation().getTitle();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int pages(Path pdf) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
