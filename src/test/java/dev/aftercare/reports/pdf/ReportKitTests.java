package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.reports.DisplayNames;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.run.InvalidRunException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportKitTests {

	@TempDir
	Path reports;

	@Test
	void theBundledWordingAndLogoPassTheCheck() {
		PostmortemPreflightCheck check = new PostmortemPreflightCheck(settings("UTC", "#1F4E79"),
				new PdfSettings("logo.png"));
		check.check(null);
	}

	@Test
	void wordingInTheReportsFolderIsReadWithoutARebuild() throws IOException {
		Files.createDirectories(this.reports.resolve("postmortem"));
		Files.writeString(this.reports.resolve(Wording.FILE), bundledWording()
			.replace("We are sorry. You rely on {{company}}", "Sorry from all of us at {{company}}. You rely on us"));
		ReportKit kit = ReportKit.load(settings("UTC", "#1F4E79"), new PdfSettings("logo.png"));
		assertThat(kit.wording().text("public.apology.major_outage"))
			.startsWith("Sorry from all of us at Example Cloud.");
	}

	@Test
	void namesYmlNamesServicesAndRegionsAndACodeWithoutANameShowsAsItIs() throws IOException {
		Files.writeString(this.reports.resolve(DisplayNames.FILE),
				bundledNames().replace("eu-west: \"Europe West\"", "eu-west: \"Europe West (eu-west)\""));
		PostmortemText text = new PostmortemText(
				ReportKit.load(settings("UTC", "#1F4E79"), new PdfSettings("logo.png")));
		assertThat(text.scope("api", "eu-west")).isEqualTo("API / Europe West (eu-west)");
		assertThat(text.scope("web", "us-east")).isEqualTo("Website / US East");
		assertThat(text.scope("ledger", "sa-east")).isEqualTo("ledger / sa-east");
	}

	@Test
	void anOldWordingFileWithItsOwnNamesNoLongerNamesAnything() throws IOException {
		Files.createDirectories(this.reports.resolve("postmortem"));
		Files.writeString(this.reports.resolve(Wording.FILE),
				bundledWording() + "\nnames:\n  services:\n    api: \"Public API\"\n");
		PostmortemText text = new PostmortemText(
				ReportKit.load(settings("UTC", "#1F4E79"), new PdfSettings("logo.png")));
		assertThat(text.scope("api", "eu-west")).isEqualTo("API / Europe West");
	}

	@Test
	void anInvalidNamesFileStopsTheRunNamingIt() throws IOException {
		Files.writeString(this.reports.resolve(DisplayNames.FILE), "services:\n  api: [\"API\", \"Public API\"]\n");
		assertThatThrownBy(() -> ReportKit.load(settings("UTC", "#1F4E79"), new PdfSettings("logo.png")))
			.isInstanceOf(InvalidRunException.class)
			.hasMessage(this.reports.resolve(DisplayNames.FILE)
					+ ": services.api must be a name of one line, at most 100 characters");
	}

	@Test
	void aMissingKeyNamesTheFileAndTheKey() throws IOException {
		Files.createDirectories(this.reports.resolve("postmortem"));
		Files.writeString(this.reports.resolve(Wording.FILE),
				bundledWording().replaceFirst("(?m)^    thanks: .*$", ""));
		assertThatThrownBy(() -> ReportKit.load(settings("UTC", "#1F4E79"), new PdfSettings("logo.png")))
			.isInstanceOf(InvalidRunException.class)
			.hasMessage(this.reports.resolve(Wording.FILE) + ": 'public.closing.thanks' is missing");
	}

	@Test
	void aTemplateWithAnUnknownNameIsRejected() throws IOException {
		Files.createDirectories(this.reports.resolve("postmortem"));
		Files.writeString(this.reports.resolve(Wording.FILE),
				bundledWording().replace("{{support_contact}}", "{{support_email}}"));
		assertThatThrownBy(() -> ReportKit.load(settings("UTC", "#1F4E79"), new PdfSettings("logo.png")))
			.isInstanceOf(InvalidRunException.class)
			.hasMessageContaining("is not a valid template")
			.hasMessageContaining("support_email")
			.hasMessageContaining(Wording.FILE);
	}

	@Test
	void aLogoThatIsNoImageIsRejected() throws IOException {
		Files.writeString(this.reports.resolve("broken.png"), "not an image");
		assertThatThrownBy(() -> ReportKit.load(settings("UTC", "#1F4E79"), new PdfSettings("broken.png")))
			.isInstanceOf(InvalidRunException.class)
			.hasMessageStartingWith(this.reports.resolve("broken.png") + ": not a PNG or JPEG image");
	}

	@Test
	void aMissingLogoIsRejected() {
		assertThatThrownBy(() -> ReportKit.load(settings("UTC", "#1F4E79"), new PdfSettings("nowhere.png")))
			.isInstanceOf(InvalidRunException.class)
			.hasMessageContaining("the logo nowhere.png (aftercare.reports.pdf.logo)");
	}

	@Test
	void badSettingsNameTheSetting() {
		assertThatThrownBy(() -> ReportKit.load(settings("Mars/Olympus", "#1F4E79"), new PdfSettings("logo.png")))
			.hasMessageContaining("aftercare.reports.display-time-zone 'Mars/Olympus'");
		assertThatThrownBy(() -> ReportKit.load(settings("UTC", "navy"), new PdfSettings("logo.png")))
			.hasMessageContaining("aftercare.reports.primary-color: 'navy' is not a colour");
	}

	private ReportSettings settings(String zone, String colour) {
		return new ReportSettings(this.reports, "Example Cloud", "support@example.com", "https://example.com/feedback",
				zone, colour, 60);
	}

	private static String bundledNames() throws IOException {
		return Files.readString(Path.of("reports").resolve(DisplayNames.FILE));
	}

	private static String bundledWording() throws IOException {
		return Files.readString(Path.of("reports").resolve(Wording.FILE));
	}

}
