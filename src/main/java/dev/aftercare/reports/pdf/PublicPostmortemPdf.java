package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.nio.file.Path;

import com.lowagie.text.PageSize;

/**
 * Writes the public postmortem, the one leadership publishes as it is. It takes only the
 * public part of a postmortem, so internal detail cannot reach it.
 */
final class PublicPostmortemPdf {

	private final ReportKit kit;

	PublicPostmortemPdf(ReportKit kit) {
		this.kit = kit;
	}

	void write(PublicPostmortem postmortem, Path file) throws IOException {
		ReportKit incidentKit = this.kit.forIncident(postmortem);
		Wording wording = incidentKit.wording();
		PostmortemSections sections = new PostmortemSections(incidentKit);
		String title = sections.text().title(postmortem);
		try (PdfFile pdf = PdfFile.open(file, incidentKit, PageSize.A4, title, title)) {
			pdf.add(sections.blocks().letterhead(title, wording.text("public.subtitle")));
			sections.opening(pdf, postmortem);
			sections.story(pdf, postmortem);
			sections.remedies(pdf, postmortem);
			sections.publicTimeline(pdf, postmortem.timeline());
			sections.impact(pdf, postmortem);
			sections.compensation(pdf, postmortem.compensation());
			sections.closing(pdf);
		}
	}

}
