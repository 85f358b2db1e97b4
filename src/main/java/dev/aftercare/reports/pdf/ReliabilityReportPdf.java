package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Image;
import com.lowagie.text.PageSize;

import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.model.Incident;
import dev.aftercare.reports.pdf.InternalDetail.CurrencyTotal;
import dev.aftercare.terms.Terms;

/**
 * Writes the monthly {@code reliability-report.pdf}: availability by service and region
 * as a chart, the period's incidents with their durations and credits, the month's credit
 * totals, and every incident's communication scorecard in one table.
 */
final class ReliabilityReportPdf {

	private final ReportKit kit;

	ReliabilityReportPdf(ReportKit kit) {
		this.kit = kit;
	}

	/**
	 * @param postmortems the period's incidents, in order
	 * @param open the incidents still open, reported later
	 */
	void write(Path file, YearMonth period, List<Postmortem> postmortems, List<Availability> availability,
			List<CurrencyTotal> monthTotals, List<Incident> open, Terms terms) throws IOException {
		ReportKit periodKit = this.kit.forPeriod(period.toString());
		PdfBlocks blocks = new PdfBlocks(periodKit);
		PostmortemText text = new PostmortemText(periodKit);
		String title = text.word("report.title");
		// leadership's copy: every page says it is not for publication
		String footer = title + "  |  " + text.word("report.internal_mark");
		try (PdfFile pdf = PdfFile.open(file, periodKit, PageSize.A4.rotate(), title, footer)) {
			pdf.add(blocks.letterhead(title, text.word("report.subtitle")));
			availability(pdf, blocks, text, periodKit, availability, terms);
			pdf.heading(blocks.heading(text.word("report.headings.incidents")));
			if (postmortems.isEmpty()) {
				pdf.add(blocks.text(text.word("report.no_incidents")));
			}
			else {
				incidents(pdf, blocks, text, postmortems, monthTotals);
			}
			pdf.heading(blocks.heading(text.word("report.headings.credits")));
			pdf.add(new PostmortemSections(periodKit).currencyTotals(monthTotals));
			if (!postmortems.isEmpty()) {
				scorecards(pdf, blocks, text, postmortems);
			}
			if (!open.isEmpty()) {
				pdf.heading(blocks.heading(text.word("report.headings.open")));
				pdf.add(blocks.note(text.word("report.open_note")));
				List<List<String>> rows = new ArrayList<>();
				for (Incident incident : open) {
					rows.add(List.of(incident.incidentId(), incident.title(), incident.severity().code(),
							periodKit.time().utc(incident.startedAt())));
				}
				pdf.add(blocks.table(new float[] { 1.2f, 5, 1, 2 },
						List.of(text.word("public.labels.incident"), text.word("report.labels.incident_title"),
								text.word("public.labels.severity"), text.word("report.labels.started")),
						rows));
			}
		}
	}

	private void availability(PdfFile pdf, PdfBlocks blocks, PostmortemText text, ReportKit periodKit,
			List<Availability> availability, Terms terms) {
		List<AvailabilityChart.Row> rows = new ArrayList<>();
		for (Availability scope : availability) {
			String label = IncidentImpact.OTHER_REGIONS.equals(scope.region())
					? text.service(scope.service()) + " / " + text.word("public.labels.all_regions")
					: text.scope(scope.service(), scope.region());
			rows.add(new AvailabilityChart.Row(label, scope.experiencedPercent(), scope.percent()));
		}
		Map<String, BigDecimal> targets = new LinkedHashMap<>();
		terms.plans().forEach((plan, planTerms) -> targets.put(plan, planTerms.slaTarget()));
		List<Image> charts = new AvailabilityChart(periodKit, pdf.width()).draw(pdf.writer(), rows, targets);
		// the heading, its note and the first chart on one page
		pdf.heading(blocks.heading(text.word("report.headings.availability")),
				charts.isEmpty() ? 0 : 45 + charts.get(0).getScaledHeight());
		pdf.add(blocks.note(text.word("report.availability_note")));
		if (availability.isEmpty()) {
			pdf.add(blocks.text(text.word("report.no_incidents")));
			return;
		}
		for (Image chart : charts) {
			chart.setSpacingAfter(8);
			pdf.add(chart);
		}
		List<List<String>> table = new ArrayList<>();
		for (int i = 0; i < availability.size(); i++) {
			Availability scope = availability.get(i);
			table.add(List.of(rows.get(i).label(), PostmortemText.percent(scope.experiencedPercent()),
					scope.experiencedMinutes().toPlainString(), PostmortemText.percent(scope.percent()),
					scope.downtimeMinutes().toPlainString()));
		}
		pdf.add(blocks.table(new float[] { 3, 1.3f, 1.3f, 1.3f, 1.3f },
				List.of(text.word("report.labels.service_region"), text.word("report.labels.availability_experienced"),
						text.word("report.labels.downtime_experienced"),
						text.word("report.labels.availability_counted"), text.word("report.labels.downtime")),
				table));
	}

	/**
	 * The incidents with their share of the credits, and a total row that equals the
	 * month's credits.
	 */
	private void incidents(PdfFile pdf, PdfBlocks blocks, PostmortemText text, List<Postmortem> postmortems,
			List<CurrencyTotal> monthTotals) {
		List<List<String>> rows = new ArrayList<>();
		for (Postmortem postmortem : postmortems) {
			PublicPostmortem incident = postmortem.publicPart();
			rows.add(List.of(incident.incidentId(), incident.title(), incident.severity().code(),
					this.kit.time().utc(incident.startedAt()), TimeText.duration(incident.duration()),
					String.valueOf(incident.affectedCustomers()), money(postmortem.internal().creditShare(), text)));
		}
		rows.add(List.of(text.word("report.labels.total"), "", "", "", "", "", money(monthTotals, text)));
		pdf.add(blocks.table(new float[] { 1.1f, 4, 0.8f, 1.8f, 1.2f, 1, 1.8f },
				List.of(text.word("public.labels.incident"), text.word("report.labels.incident_title"),
						text.word("public.labels.severity"), text.word("report.labels.started"),
						text.word("public.labels.duration"), text.word("public.labels.customers"),
						text.word("report.labels.credits")),
				rows));
		pdf.add(blocks.note(text.word("report.credits_note")));
	}

	private static String money(List<CurrencyTotal> totals, PostmortemText text) {
		if (totals.stream().allMatch((total) -> total.amount().signum() == 0)) {
			return text.word("report.labels.no_credit");
		}
		return totals.stream()
			.filter((total) -> total.amount().signum() != 0)
			.map((total) -> PostmortemText.money(total.currency(), total.amount()))
			.collect(Collectors.joining("\n"));
	}

	private void scorecards(PdfFile pdf, PdfBlocks blocks, PostmortemText text, List<Postmortem> postmortems) {
		pdf.heading(blocks.heading(text.word("report.headings.scorecards")));
		ScorecardText words = new ScorecardText(text);
		String target = "target " + TimeText.duration(this.kit.updateTarget());
		List<List<String>> rows = new ArrayList<>();
		for (Postmortem postmortem : postmortems) {
			Scorecard card = postmortem.internal().scorecard();
			rows.add(List.of(postmortem.publicPart().incidentId(), words.detection(card), words.acknowledgement(card),
					words.silence(card), words.channels(card), words.allClear(card), words.verdict(card)));
		}
		pdf.add(blocks.table(new float[] { 1.1f, 1.1f, 1.3f, 1.3f, 1.8f, 1, 4.5f },
				List.of(text.word("public.labels.incident"), text.word("internal.scorecard.detection"),
						text.word("internal.scorecard.acknowledgement") + " (" + target + ")",
						text.word("internal.scorecard.silence") + " (" + target + ")",
						text.word("internal.scorecard.channels"), text.word("internal.scorecard.all_clear"),
						text.word("internal.labels.verdict")),
				rows));
	}

}
