package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import dev.aftercare.impact.IncidentImpact.ScopeTimeline;
import dev.aftercare.reports.pdf.PublicPostmortem.Compensation;
import dev.aftercare.reports.pdf.PublicPostmortem.CreditRate;
import dev.aftercare.reports.pdf.PublicPostmortem.TimelineEntry;

/**
 * Writes the public postmortem as Markdown, which status pages accept as a postmortem
 * body: the same content as the public PDF, from the same public part, with the impact
 * picture told in words. Every value from the input is escaped, so that it reads as the
 * text it is.
 */
final class MarkdownPostmortem {

	private final ReportKit kit;

	MarkdownPostmortem(ReportKit kit) {
		this.kit = kit;
	}

	void write(PublicPostmortem postmortem, Path file) throws IOException {
		Files.writeString(file, render(postmortem), StandardCharsets.UTF_8);
	}

	String render(PublicPostmortem postmortem) {
		ReportKit incidentKit = this.kit.forIncident(postmortem.incidentId(), postmortem.title());
		PostmortemText text = new PostmortemText(incidentKit);
		StringBuilder md = new StringBuilder();
		md.append("# ").append(escape(text.word("public.title"))).append("\n\n");
		md.append(escape(text.word("public.subtitle"))).append("\n\n");
		md.append("| | |\n|---|---|\n");
		text.summary(postmortem)
			.forEach((row) -> md.append("| ").append(cell(row[0])).append(" | ").append(cell(row[1])).append(" |\n"));
		section(md, text.word("public.headings.what_happened"),
				text.orMissing(postmortem.customerImpact(), "public.missing.customer_impact"));
		section(md, text.word("public.headings.why"),
				text.orMissing(postmortem.publicCause(), "public.missing.public_cause"));
		section(md, text.word("public.headings.workaround"),
				text.orMissing(postmortem.workaround(), "public.missing.workaround"));
		md.append("\n## ").append(escape(text.word("public.headings.prevention"))).append("\n\n");
		if (postmortem.remediation().isEmpty()) {
			md.append(escape(text.word("public.missing.remediation"))).append("\n");
		}
		postmortem.remediation().forEach((item) -> md.append("- ").append(escape(item)).append("\n"));
		md.append("\n## ").append(escape(text.word("public.headings.timeline"))).append("\n\n");
		md.append("| ")
			.append(cell(text.word("public.labels.time")))
			.append(" | ")
			.append(cell(text.word("public.labels.channel")))
			.append(" | ")
			.append(cell(text.word("public.labels.update")))
			.append(" |\n|---|---|---|\n");
		for (TimelineEntry entry : postmortem.timeline()) {
			md.append("| ")
				.append(cell(text.when(entry)))
				.append(" | ")
				.append(cell(text.channels(entry.channels())))
				.append(" | ")
				.append(cell(text.says(entry)))
				.append(" |\n");
		}
		md.append("\n## ").append(escape(text.word("public.headings.impact"))).append("\n\n");
		for (ScopeTimeline scope : postmortem.scopes()) {
			md.append("- **")
				.append(escape(text.scope(scope, postmortem.scopes())))
				.append("**: ")
				.append(escape(text.stretches(scope.timeline().segments())))
				.append("\n");
		}
		compensation(md, text, postmortem.compensation());
		md.append("\n## ").append(escape(text.word("public.headings.closing"))).append("\n\n");
		md.append(text.closing(postmortem.type())
			.stream()
			.map(MarkdownPostmortem::escape)
			.collect(Collectors.joining("\n\n"))).append("\n");
		return md.toString();
	}

	private void compensation(StringBuilder md, PostmortemText text, Compensation compensation) {
		md.append("\n## ").append(escape(text.word("public.headings.compensation"))).append("\n\n");
		if (compensation.exclusionReason() != null) {
			md.append(escape(text.word("public.compensation.excluded_" + compensation.exclusionReason())))
				.append("\n\n");
		}
		md.append(escape(text.word("public.compensation.applied"))).append("\n\n");
		if (compensation.rates().isEmpty()) {
			md.append(escape(text.word("public.compensation.none"))).append("\n");
		}
		else {
			md.append(escape(text.word("public.compensation.rates"))).append("\n\n");
			for (CreditRate rate : compensation.rates()) {
				md.append("- ")
					.append(escape(rate.plan() + ": " + text.basis(rate) + ", "
							+ PostmortemText.percent(rate.creditPercent()) + " (" + rate.subscriptions() + " "
							+ text.word("public.labels.subscriptions").toLowerCase(Locale.ROOT) + ")"))
					.append("\n");
			}
		}
		if (!compensation.schedules().isEmpty()) {
			md.append("\n").append(escape(text.word("public.compensation.schedule"))).append("\n\n");
			compensation.schedules()
				.forEach((schedule) -> md.append("- ").append(escape(text.schedule(schedule))).append("\n"));
		}
		if (compensation.goodwill() != null) {
			md.append("\n").append(escape(text.goodwill(compensation.goodwill()))).append("\n");
		}
	}

	private static void section(StringBuilder md, String heading, String body) {
		md.append("\n## ").append(escape(heading)).append("\n\n").append(escape(body)).append("\n");
	}

	/**
	 * Text that Markdown shows as it is: its punctuation escaped, and a line that would
	 * start a heading, list or quote kept from doing so.
	 */
	static String escape(String text) {
		StringJoiner escaped = new StringJoiner("\n");
		for (String line : text.split("\r?\n", -1)) {
			String body = line.stripLeading().replaceAll("([\\\\`*_\\[\\]<>|#~&])", "\\\\$1");
			// a line must not start a list, a thematic break or a heading underline
			body = body.replaceFirst("^([-+=])", "\\\\$1").replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
			escaped.add(body);
		}
		return escaped.toString();
	}

	/** A table cell: escaped, on one line. */
	static String cell(String text) {
		return escape(text.replaceAll("\\s*\\R\\s*", " "));
	}

}
