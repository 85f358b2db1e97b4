package dev.aftercare.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.lowagie.text.PageSize;

import dev.aftercare.reports.pdf.InternalDetail.Count;
import dev.aftercare.reports.pdf.InternalDetail.LargestCredit;
import dev.aftercare.reports.pdf.PublicPostmortem.TimelineEntry;

/**
 * Writes the internal edition of a postmortem: the public content, plus the root cause,
 * the full timeline, who was affected, what it cost in credits, and the communication
 * scorecard.
 */
final class InternalPostmortemPdf {

	static final Color MET = new Color(0x1E, 0x84, 0x49);

	static final Color MISSED = new Color(0xB0, 0x2A, 0x1E);

	private final ReportKit kit;

	InternalPostmortemPdf(ReportKit kit) {
		this.kit = kit;
	}

	void write(Postmortem postmortem, Path file) throws IOException {
		PublicPostmortem publicPart = postmortem.publicPart();
		InternalDetail internal = postmortem.internal();
		ReportKit incidentKit = this.kit.forIncident(publicPart);
		Wording wording = incidentKit.wording();
		PostmortemSections sections = new PostmortemSections(incidentKit);
		PdfBlocks blocks = sections.blocks();
		PostmortemText text = sections.text();
		String title = wording.text("internal.title");
		try (PdfFile pdf = PdfFile.open(file, incidentKit, PageSize.A4, title, title)) {
			pdf.add(blocks.letterhead(title, wording.text("internal.subtitle")));
			scorecard(pdf, blocks, text, internal.scorecard());
			sections.opening(pdf, publicPart);
			sections.story(pdf, publicPart);
			pdf.heading(blocks.heading(text.word("internal.headings.root_cause")));
			pdf.add(blocks.text(text.orMissing(internal.rootCause(), "internal.missing.root_cause")));
			sections.remedies(pdf, publicPart);
			timeline(pdf, blocks, text, internal.timeline());
			sections.impact(pdf, publicPart);
			affected(pdf, blocks, text, internal);
			credits(pdf, sections, internal);
			sections.compensation(pdf, publicPart.compensation());
			sections.closing(pdf);
		}
	}

	private void scorecard(PdfFile pdf, PdfBlocks blocks, PostmortemText text, Scorecard card) {
		ScorecardText words = new ScorecardText(text);
		pdf.heading(blocks.heading(text.word("internal.headings.scorecard")));
		pdf.add(blocks.emphasis(words.verdict(card), card.allMet() ? MET : MISSED));
		pdf.add(blocks.table(new float[] { 3, 3, 1 }, List.of(text.word("internal.labels.measure"),
				text.word("internal.labels.value"), text.word("internal.labels.verdict")), words.rows(card)));
	}

	private void timeline(PdfFile pdf, PdfBlocks blocks, PostmortemText text, List<TimelineEntry> timeline) {
		pdf.heading(blocks.heading(text.word("internal.headings.timeline")));
		List<List<String>> rows = new ArrayList<>();
		for (TimelineEntry entry : timeline) {
			rows.add(List.of(text.when(entry), entry.visibility().code(), text.kind(entry.kind()),
					text.channels(entry.channels()), (entry.author() != null) ? entry.author() : "", text.says(entry)));
		}
		pdf.add(blocks.table(new float[] { 2.1f, 0.9f, 1.4f, 1.1f, 1.1f, 4 },
				List.of(text.word("public.labels.time"), text.word("internal.labels.visibility"),
						text.word("internal.labels.kind"), text.word("public.labels.channel"),
						text.word("internal.labels.author"), text.word("public.labels.update")),
				rows));
	}

	private void affected(PdfFile pdf, PdfBlocks blocks, PostmortemText text, InternalDetail internal) {
		pdf.heading(blocks.heading(text.word("internal.headings.affected")));
		counts(pdf, blocks, text, text.word("internal.labels.by_plan"), internal.byPlan(), UnaryOperator.identity());
		counts(pdf, blocks, text, text.word("internal.labels.by_region"), internal.byRegion(), text::region);
		counts(pdf, blocks, text, text.word("internal.labels.by_service"), internal.byService(), text::service);
	}

	/** The counts under one heading, each name as {@code named} shows it. */
	private void counts(PdfFile pdf, PdfBlocks blocks, PostmortemText text, String name, List<Count> counts,
			UnaryOperator<String> named) {
		List<List<String>> rows = new ArrayList<>();
		for (Count count : counts) {
			rows.add(List.of(named.apply(count.name()), String.valueOf(count.subscriptions()),
					String.valueOf(count.customers())));
		}
		pdf.add(blocks.table(new float[] { 3, 1, 1 },
				List.of(name, text.word("public.labels.subscriptions"), text.word("public.labels.customers")), rows));
	}

	private void credits(PdfFile pdf, PostmortemSections sections, InternalDetail internal) {
		PdfBlocks blocks = sections.blocks();
		PostmortemText text = sections.text();
		pdf.heading(blocks.heading(text.word("internal.headings.credits")));
		pdf.add(blocks.note(text.word("internal.credits_note")));
		pdf.add(sections.currencyTotals(internal.credits()));
		pdf.heading(blocks.heading(text.word("internal.headings.largest_credits")));
		List<List<String>> largest = new ArrayList<>();
		for (LargestCredit credit : internal.largestCredits()) {
			largest.add(List.of(credit.customerName() + " (" + credit.customerId() + ")", credit.plan(),
					text.scope(credit.service(), credit.region()),
					PostmortemText.percent(credit.creditPercent()) + " ("
							+ text.word("public.compensation.basis_" + credit.basis()) + ")",
					PostmortemText.money(credit.currency(), credit.amount())));
		}
		pdf.add(blocks.table(new float[] { 3, 1.2f, 2, 1.3f, 1.6f },
				List.of(text.word("internal.labels.customer"), text.word("public.labels.plan"),
						text.word("public.labels.services"), text.word("public.labels.credit"),
						text.word("internal.labels.amount")),
				largest));
	}

}
