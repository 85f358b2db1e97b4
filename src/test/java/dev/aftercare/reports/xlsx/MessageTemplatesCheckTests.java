package dev.aftercare.reports.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.reports.DisplayNames;
import dev.aftercare.reports.ReportResources;
import dev.aftercare.run.InvalidRunException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplatesCheckTests {

	@TempDir
	Path reports;

	@Test
	void theBundledTemplatesPass() {
		assertThatCode(() -> MessageTemplatesCheck.verify(Messages.settings(this.reports))).doesNotThrowAnyException();
	}

	@Test
	void aTemplateThatDoesNotCompileStopsTheRunNamingItsFile() throws Exception {
		write("email-body.mustache", "Hello {{greeting}}\n{{#incidents}}\n{{title}}\n{{/incident}}\n");
		assertThatThrownBy(() -> MessageTemplatesCheck.verify(Messages.settings(this.reports)))
			.isInstanceOf(InvalidRunException.class)
			.hasMessageContaining(this.reports.resolve("messages/email-body.mustache").toString())
			.hasMessageContaining("line 4");
	}

	@Test
	void aVariableTheDraftsDoNotHaveStopsTheRun() throws Exception {
		write("email-body.mustache", "{{#incidents}}{{title}} caused by {{rootCause}}{{/incidents}}\n");
		assertThatThrownBy(() -> MessageTemplatesCheck.verify(Messages.settings(this.reports)))
			.isInstanceOf(InvalidRunException.class)
			.hasMessageContaining("email-body.mustache")
			.hasMessageContaining("rootCause");
	}

	@Test
	void aMissingPartialIsNamed() throws Exception {
		write("email-body.mustache", "Hello\n{{> signature}}\n");
		assertThatThrownBy(() -> MessageTemplatesCheck.verify(Messages.settings(this.reports)))
			.isInstanceOf(InvalidRunException.class)
			.hasMessageContaining("reports/messages/signature.mustache is missing");
	}

	@Test
	void anSmsTooLongForTheLongestAmountsStopsTheRun() throws Exception {
		write("sms.mustache", "{{company}}: " + "we are very sorry. ".repeat(8) + "{{#credit}}{{amount}}{{/credit}}");
		assertThatThrownBy(() -> MessageTemplatesCheck.verify(Messages.settings(this.reports)))
			.isInstanceOf(InvalidRunException.class)
			.hasMessageContaining("sms.mustache gives")
			.hasMessageContaining("an SMS holds 160");
	}

	@Test
	void aSubjectMustBeOneLine() throws Exception {
		write("email-subject.mustache", "Hello\nthere\n");
		assertThatThrownBy(() -> MessageTemplatesCheck.verify(Messages.settings(this.reports)))
			.hasMessageContaining("email-subject.mustache must give one non-empty line");
	}

	@Test
	void theDraftsReadTheNamesThePostmortemsRead() throws Exception {
		Files.writeString(this.reports.resolve(DisplayNames.FILE),
				"services:\n  api: \"Public API\"\nregions:\n  eu-west: \"Europe West\"\n");
		MessageNames names = MessageNames.load(new ReportResources(this.reports));
		assertThat(names.place("api", "eu-west")).isEqualTo("Public API in Europe West");
		assertThat(names.place("web", "us-east")).isEqualTo("web in us-east");
	}

	@Test
	void thePostmortemLinkNamesTheFileThePostmortemIsPublishedUnder() throws Exception {
		MessageNames names = MessageNames.load(new ReportResources(this.reports));
		assertThat(names.postmortemLink("INC-202610-01"))
			.isEqualTo("https://status.example.com/postmortems/INC-202610-01");
		// public/INC_1-9edf5575.pdf and .md: the link finds them on a status page that
		// serves public/ by name
		assertThat(names.postmortemLink("INC/1")).isEqualTo("https://status.example.com/postmortems/INC_1-9edf5575");
	}

	@Test
	void aPostmortemLinkMayStillNameTheIncidentById() throws Exception {
		write("links.yml", "status_page: \"https://status.example.com\"\n"
				+ "postmortem_link: \"https://status.example.com/incidents/{incident_id}\"\n");
		MessageNames names = MessageNames.load(new ReportResources(this.reports));
		assertThat(names.postmortemLink("INC/1")).isEqualTo("https://status.example.com/incidents/INC%2F1");
	}

	@Test
	void aNamesFileWithTheOldLinksStopsTheRunNamingIt() throws Exception {
		Files.writeString(this.reports.resolve(DisplayNames.FILE),
				"status_page: \"https://status.example.com\"\nservices:\n  api: \"API\"\n");
		assertThatThrownBy(() -> MessageTemplatesCheck.verify(Messages.settings(this.reports)))
			.isInstanceOf(InvalidRunException.class)
			.hasMessage(this.reports.resolve(DisplayNames.FILE) + ": 'status_page' is not services or regions");
	}

	@Test
	void aPostmortemLinkWithoutTheIncidentStopsTheRun() throws Exception {
		write("links.yml",
				"status_page: \"https://status.example.com\"\npostmortem_link: \"https://status.example.com\"\n");
		assertThatThrownBy(() -> MessageTemplatesCheck.verify(Messages.settings(this.reports)))
			.isInstanceOf(InvalidRunException.class)
			.hasMessage(this.reports.resolve("messages/links.yml")
					+ ": postmortem_link must contain {file_name} or {incident_id}");
	}

	private void write(String name, String text) throws Exception {
		Files.createDirectories(this.reports.resolve("messages"));
		Files.writeString(this.reports.resolve("messages").resolve(name), text);
	}

}
