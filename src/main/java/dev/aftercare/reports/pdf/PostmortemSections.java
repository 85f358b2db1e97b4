package dev.aftercare.reports.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPTable;

import dev.aftercare.reports.pdf.InternalDetail.CurrencyTotal;
import dev.aftercare.reports.pdf.PublicPostmortem.Compensation;
import dev.aftercare.reports.pdf.PublicPostmortem.CreditRate;
import dev.aftercare.reports.pdf.PublicPostmortem.TimelineEntry;

/**
 * The sections of a postmortem PDF that both editions have, each added to a file in the
 * order customers need them: what happened, why, the workaround, what we do about it, the
 * timeline, the impact, the credits, and the apology.
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

	void story(PdfFile file, PublicPostmortem postmortem) {
		file.add(this.blocks.facts(this.text.summary(postmortem)));
		file.heading(this.blocks.heading(this.text.word("public.headings.what_happened")));
		file.add(this.blocks.text(this.text.orMissing(postmortem.customerImpact(), "public.missing.customer_impact")));
		file.heading(this.blocks.heading(this.text.word("public.headings.why")));
		file.add(this.blocks.text(this.text.orMissing(postmortem.publicCause(), "public.missing.public_cause")));
	}

	void remedies(PdfFile file, PublicPostmortem postmortem) {
		file.heading(this.blocks.heading(this.text.word("public.headings.workaround")));
		file.add(this.blocks.text(this.text.orMissing(postmortem.workaround(), "public.missing.workaround")));
		file.heading(this.blocks.heading(this.text.word("public.headings.prevention")));
		if (postmortem.remediation().isEmpty()) {
			file.add(this.blocks.text(this.text.word("public.missing.remediation")));
		}
		else {
			file.add(this.blocks.bullets(postmortem.remediation()));
		}
	}

	void publicTimeline(PdfFile file, List<TimelineEntry> timeline) {
		file.heading(this.blocks.heading(this.text.word("public.headings.timeline")));
		List<List<String>> rows = new ArrayList<>();
		for (TimelineEntry entry : timeline) {
			rows.add(List.of(this.text.when(entry), this.text.channels(entry.channels()), this.text.says(entry)));
		}
		file.add(this.blocks.table(new float[] { 2.2f, 1, 5 }, List.of(this.text.word("public.labels.time"),
				this.text.word("public.labels.channel"), this.text.word("public.labels.update")), rows));
	}

	void impact(PdfFile file, PublicPostmortem postmortem) {
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
		if (compensation.exclusionReason() != null) {
			file.add(
					this.blocks.text(this.text.word("public.compensation.excluded_" + compensation.exclusionReason())));
		}
		file.add(this.blocks.text(this.text.word("public.compensation.applied")));
		if (compensation.rates().isEmpty()) {
			file.add(this.blocks.text(this.text.word("public.compensation.none")));
		}
		else {
			file.add(this.blocks.text(this.text.word("public.compensation.rates")));
			List<List<String>> rows = new ArrayList<>();
			for (CreditRate rate : compensation.rates()) {
				rows.add(List.of(rate.plan(), this.text.basis(rate), PostmortemText.percent(rate.creditPercent()),
						String.valueOf(rate.subscriptions())));
			}
			file.add(this.blocks.table(new float[] { 2, 2, 1.2f, 1.2f },
					List.of(this.text.word("public.labels.plan"), this.text.word("public.labels.basis"),
							this.text.word("public.labels.credit"), this.text.word("public.labels.subscriptions")),
					rows));
		}
		if (!compensation.schedules().isEmpty()) {
			file.add(this.blocks.note(this.text.word("public.compensation.schedule")));
			compensation.schedules().forEach((schedule) -> file.add(this.blocks.note(this.text.schedule(schedule))));
		}
		if (compensation.goodwill() != null) {
			file.add(this.blocks.note(this.text.goodwill(compensation.goodwill())));
		}
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

	void closing(PdfFile file, PublicPostmortem postmortem) {
		file.heading(this.blocks.heading(this.text.word("public.headings.closing")));
		this.text.closing(postmortem.type()).forEach((paragraph) -> file.add(this.blocks.text(paragraph)));
	}

}
