package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import dev.aftercare.impact.IncidentImpact.ScopeTimeline;
import dev.aftercare.reports.pdf.PublicPostmortem.Compensation;
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
		ReportKit incidentKit = this.kit.forIncident(postmortem);
		PostmortemText text = new PostmortemText(incidentKit);
		StringBuilder md = new StringBuilder();
		md.append("# ").append(escape(text.title(postmortem))).append("\n\n");
		md.append(escape(text.word("public.subtitle"))).append("\n\n");
		md.append("| | |\n|---|---|\n");
		text.summary(postmortem)
			.forEach((row) -> md.append("| ").append(cell(row[0])).append(" | ").append(cell(row[1])).append(" |\n"));
		section(md, text.word("public.headings.summary"), String.join("\n\n", text.opening(postmortem)));
		section(md, text.heading(postmortem, "what_happened"), text.whatHappened(postmortem));
		if (text.hasWhy(postmortem)) {
			section(md, text.heading(postmortem, "why"), text.why(postmortem));
		}
		if (text.hasWorkaround(postmortem)) {
			section(md, text.word("public.headings.workaround"),
					text.orMissing(postmortem.workaround(), "public.missing.workaround"));
		}
		if (text.hasPrevention(postmortem)) {
			md.append("\n## ").append(escape(text.heading(postmortem, "prevention"))).append("\n\n");
			if (postmortem.remediation().isEmpty()) {
				md.append(escape(text.word("public.missing.remediation"))).append("\n");
			}
			postmortem.remediation().forEach((item) -> md.append("- ").append(escape(item)).append("\n"));
		}
		timeline(md, text, postmortem);
		md.append("\n## ").append(escape(text.word("public.headings.impact"))).append("\n\n");
		if (postmortem.scopes().isEmpty()) {
			md.append(escape(text.word("public.missing.impact"))).append("\n");
		}
		for (ScopeTimeline scope : postmortem.scopes()) {
			md.append("- **")
				.append(escape(text.scope(scope, postmortem.scopes())))
				.append("**: ")
				.append(escape(text.stretches(scope.timeline().segments())))
				.append("\n");
		}
		compensation(md, text, postmortem.compensation());
		md.append("\n## ").append(escape(text.word("public.headings.closing"))).append("\n\n");
		md.append(text.closing().stream().map(MarkdownPostmortem::escape).collect(Collectors.joining("\n\n")))
			.append("\n");
		return md.toString();
	}

	/** The updates we posted as a table, or one line saying there was none. */
	private static void timeline(StringBuilder md, PostmortemText text, PublicPostmortem postmortem) {
		md.append("\n## ").append(escape(text.word("public.headings.timeline"))).append("\n\n");
		if (postmortem.timeline().isEmpty()) {
			md.append(escape(text.word("public.missing.timeline"))).append("\n");
			return;
		}
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
	}

	private static void compensation(StringBuilder md, PostmortemText text, Compensation compensation) {
		md.append("\n## ").append(escape(text.word("public.headings.compensation"))).append("\n\n");
		md.append(text.compensationLead(compensation)
			.stream()
			.map(MarkdownPostmortem::escape)
			.collect(Collectors.joining("\n\n"))).append("\n");
		List<List<String>> rates = text.rates(compensation);
		if (!rates.isEmpty()) {
			md.append("\n");
			rates.forEach((rate) -> md.append("- ")
				.append(escape(rate.get(0) + ": " + rate.get(1) + ", " + rate.get(2)))
				.append("\n"));
		}
		text.compensationNotes(compensation).forEach((note) -> md.append("\n").append(escape(note)).append("\n"));
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
