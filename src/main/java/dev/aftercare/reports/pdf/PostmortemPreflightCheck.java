package dev.aftercare.reports.pdf;

import dev.aftercare.reports.ReportSettings;
import dev.aftercare.run.PreflightCheck;
import dev.aftercare.run.RunRequest;

/**
 * Checks before a run starts what the postmortems are made of: the wording file, the
 * logo, the fonts and the settings, so that a broken edit stops the run with a message
 * naming the file instead of failing after the credits were computed.
 */
class PostmortemPreflightCheck implements PreflightCheck {

	private final ReportSettings settings;

	private final PdfSettings pdfSettings;

	PostmortemPreflightCheck(ReportSettings settings, PdfSettings pdfSettings) {
		this.settings = settings;
		this.pdfSettings = pdfSettings;
	}

	@Override
	public void check(RunRequest request) {
		ReportKit.load(this.settings, this.pdfSettings);
	}

}
