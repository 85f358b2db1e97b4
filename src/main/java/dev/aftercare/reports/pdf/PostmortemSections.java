package dev.aftercare.reports.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPTable;

import dev.aftercare.reports.pdf.InternalDetail.CurrencyTotal;
import dev.aftercare.reports.pdf.PublicPostmortem.Compensation;
import dev.aftercare.reports.pdf.PublicPostmortem.TimelineEntry;

/**
 * The sections of a postmortem PDF that both editions have, each added to a file in the
 * order customers need them: the summary and the apology, what happened, why, the
 * workaround, what we do about it, the timeline, the impact, the credits, and thanks.
 */
final class PostmortemSections {

	private final ReportKit kit;

	private final PdfBlocks blocks;

	private final PostmortemText text;

	PostmortemSections(ReportKit kit) {
		this.kit = kit;
		this.blocks = new PdfBlocks(kit);
		this.text = new PostmortemText(kit);
	}

	PdfBlocks blocks() {
		return this.blocks;
	}

	PostmortemText text() {
		return this.text;
	}

	/** The summary table, then in a few words what happened and the apology. */
	void opening(PdfFile file, PublicPostmortem postmortem) {
		file.add(this.blocks.facts(this.text.summary(postmortem)));
		file.heading(this.blocks.heading(this.text.word("public.headings.summary")));
		this.text.opening(postmortem).forEach((paragraph) -> file.add(this.blocks.text(paragraph)));
	}

	void story(PdfFile file, PublicPostmortem postmortem) {
		file.heading(this.blocks.heading(this.text.heading(postmortem, "what_happened")));
		file.add(this.blocks.text(this.text.whatHappened(postmortem)));
		if (this.text.hasWhy(postmortem)) {
			file.heading(this.blocks.heading(this.text.heading(postmortem, "why")));
			file.add(this.blocks.text(this.text.why(postmortem)));
		}
	}

	void remedies(PdfFile file, PublicPostmortem postmortem) {
		if (this.text.hasWorkaround(postmortem)) {
			file.heading(this.blocks.heading(this.text.word("public.headings.workaround")));
			file.add(this.blocks.text(this.text.orMissing(postmortem.workaround(), "public.missing.workaround")));
		}
		if (!this.text.hasPrevention(postmortem)) {
			return;
		}
		file.heading(this.blocks.heading(this.text.heading(postmortem, "prevention")));
		if (postmortem.remediation().isEmpty()) {
			file.add(this.blocks.text(this.text.word("public.missing.remediation")));
		}
		else {
			file.add(this.blocks.bullets(postmortem.remediation()));
		}
	}

	/** The updates we posted, or one line saying there was none. */
	void publicTimeline(PdfFile file, List<TimelineEntry> timeline) {
		file.heading(this.blocks.heading(this.text.word("public.headings.timeline")));
		if (timeline.isEmpty()) {
			file.add(this.blocks.text(this.text.word("public.missing.timeline")));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (TimelineEntry entry : timeline) {
			rows.add(List.of(this.text.when(entry), this.text.channels(entry.channels()), this.text.says(entry)));
		}
		file.add(this.blocks.table(new float[] { 2.2f, 1, 5 }, List.of(this.text.word("public.labels.time"),
				this.text.word("public.labels.channel"), this.text.word("public.labels.update")), rows));
	}

	void impact(PdfFile file, PublicPostmortem postmortem) {
		if (postmortem.scopes().isEmpty()) {
			file.heading(this.blocks.heading(this.text.word("public.headings.impact")));
			file.add(this.blocks.text(this.text.word("public.missing.impact")));
			return;
		}
		List<Image> charts = new ImpactChart(this.kit, file.width()).draw(file.writer(), postmortem.scopes(),
				postmortem.startedAt(), postmortem.resolvedAt());
		file.heading(this.blocks.heading(this.text.word("public.headings.impact")),
				charts.isEmpty() ? 0 : charts.get(0).getScaledHeight());
		for (Image chart : charts) {
			chart.setSpacingAfter(6);
			file.add(chart);
		}
	}

	void compensation(PdfFile file, Compensation compensation) {
		file.heading(this.blocks.heading(this.text.word("public.headings.compensation")));
		this.text.compensationLead(compensation).forEach((paragraph) -> file.add(this.blocks.text(paragraph)));
		List<List<String>> rates = this.text.rates(compensation);
		if (!rates.isEmpty()) {
			file.add(this.blocks.table(new float[] { 2, 2, 1.2f }, List.of(this.text.word("public.labels.plan"),
					this.text.word("public.labels.basis"), this.text.word("public.labels.credit")), rates));
		}
		this.text.compensationNotes(compensation).forEach((note) -> file.add(this.blocks.note(note)));
	}

	/** Credit lines and amounts per currency. */
	PdfPTable currencyTotals(List<CurrencyTotal> totals) {
		List<List<String>> rows = new ArrayList<>();
		for (CurrencyTotal total : totals) {
			rows.add(List.of(total.currency(), String.valueOf(total.lines()),
					PostmortemText.money(total.currency(), total.amount())));
		}
		return this.blocks.table(
				new float[] { 1, 1, 2 }, List.of(this.text.word("internal.labels.currency"),
						this.text.word("internal.labels.credit_lines"), this.text.word("internal.labels.amount")),
				rows);
	}

	void closing(PdfFile file) {
		file.heading(this.blocks.heading(this.text.word("public.headings.closing")));
		this.text.closing().forEach((paragraph) -> file.add(this.blocks.text(paragraph)));
	}

}
