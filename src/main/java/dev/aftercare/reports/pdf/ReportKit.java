package dev.aftercare.reports.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;

import dev.aftercare.reports.DisplayNames;
import dev.aftercare.reports.ReportResources;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.run.InvalidRunException;

/**
 * Everything the documents share: the company's name, colour and logo, the wording, the
 * names of services and regions (the list the message drafts read too), the time zone and
 * the update target. Loading it checks each of them, so that the preflight check and the
 * step fail alike, naming the file or setting that is wrong.
 */
record ReportKit(String company, Color primary, byte[] logo, Wording wording, DisplayNames names, TimeText time,
		Duration updateTarget) {

	static final Color TEXT = new Color(0x22, 0x22, 0x22);

	static final Color MUTED = new Color(0x6B, 0x6B, 0x6B);

	static final Color RULE = new Color(0xD0, 0xD0, 0xD0);

	static final Color SHADE = new Color(0xF2, 0xF2, 0xF2);

	static ReportKit load(ReportSettings settings, PdfSettings pdf) {
		ReportResources resources = new ReportResources(settings.directory());
		ZoneId zone;
		try {
			zone = ZoneId.of(settings.displayTimeZone());
		}
		catch (DateTimeException ex) {
			throw new InvalidRunException("aftercare.reports.display-time-zone '" + settings.displayTimeZone()
					+ "' is not a time zone like Europe/Berlin");
		}
		if (settings.updateTargetMinutes() <= 0) {
			throw new InvalidRunException(
					"aftercare.reports.update-target-minutes must be above 0, not " + settings.updateTargetMinutes());
		}
		Color primary = Wording.colour(settings.primaryColor(), "aftercare.reports.primary-color");
		if (!Fonts.present()) {
			throw new InvalidRunException("the fonts " + Fonts.REGULAR + " and " + Fonts.BOLD
					+ " are missing from the classpath: the build packs them from ph-fonts-noto-sans-sc");
		}
		Map<String, Object> variables = Map.of("company", settings.companyName(), "support_contact",
				settings.supportContact(), "feedback_contact", settings.feedbackContact(), "target_minutes",
				settings.updateTargetMinutes());
		Wording wording;
		try (InputStream in = resources.open(Wording.FILE)) {
			wording = Wording.read(in, resources.describe(Wording.FILE), bundledKeys(), variables);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ReportKit(settings.companyName(), primary, logo(resources, pdf.logo()), wording,
				DisplayNames.load(resources), new TimeText(zone), Duration.ofMinutes(settings.updateTargetMinutes()));
	}

	/** The same kit with the wording's variables set for one incident's documents. */
	ReportKit forIncident(PublicPostmortem postmortem) {
		return new ReportKit(this.company, this.primary, this.logo,
				this.wording.with("incident_id", postmortem.incidentId())
					.with("title", postmortem.title())
					.with("published", postmortem.published().toString()),
				this.names, this.time, this.updateTarget);
	}

	/** The same kit with the wording's period set, for the monthly report. */
	ReportKit forPeriod(String period) {
		return new ReportKit(this.company, this.primary, this.logo, this.wording.with("period", period), this.names,
				this.time, this.updateTarget);
	}

	BaseFont regular() {
		return Fonts.regular();
	}

	BaseFont bold() {
		return Fonts.bold();
	}

	Font font(float size) {
		return new Font(Fonts.regular(), size, Font.NORMAL, TEXT);
	}

	Font font(float size, Color colour) {
		return new Font(Fonts.regular(), size, Font.NORMAL, colour);
	}

	Font bold(float size) {
		return new Font(Fonts.bold(), size, Font.NORMAL, TEXT);
	}

	Font bold(float size, Color colour) {
		return new Font(Fonts.bold(), size, Font.NORMAL, colour);
	}

	Image logoImage() {
		try {
			return Image.getInstance(this.logo);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> bundledKeys() {
		try (InputStream in = ReportKit.class.getClassLoader().getResourceAsStream("reports/" + Wording.FILE)) {
			if (in == null) {
				throw new IllegalStateException("reports/" + Wording.FILE + " is missing from the jar");
			}
			return Wording.keys(in, "bundled reports/" + Wording.FILE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] logo(ReportResources resources, String name) {
		if (!resources.exists(name)) {
			throw new InvalidRunException("the logo " + name + " (aftercare.reports.pdf.logo) is neither in the"
					+ " reports folder nor bundled");
		}
		try (InputStream in = resources.open(name)) {
			byte[] bytes = in.readAllBytes();
			Image.getInstance(bytes);
			return bytes;
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidRunException(
					resources.describe(name) + ": not a PNG or JPEG image we can read (" + ex.getMessage() + ")");
		}
	}

}
