package dev.aftercare.reports;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the reports say about the company that sends them, and where their editable parts
 * live.
 *
 * @param directory the folder of templates, wording and logo, read at run time so that
 * the communications team edits them without a rebuild; the copy bundled in the jar is
 * used for any file missing there
 * @param companyName the name customers know the company by
 * @param supportContact where customers ask questions (an address or a URL)
 * @param feedbackContact where customers tell us how we handled the outage
 * @param displayTimeZone the time zone shown next to UTC in documents
 * @param primaryColor the company colour, as {@code #RRGGBB}
 * @param updateTargetMinutes the longest silence between public updates a scorecard
 * accepts
 */
@ConfigurationProperties("aftercare.reports")
public record ReportSettings(@DefaultValue("reports") Path directory, @DefaultValue("Example Cloud") String companyName,
		@DefaultValue("support@example.com") String supportContact,
		@DefaultValue("https://example.com/feedback") String feedbackContact,
		@DefaultValue("UTC") String displayTimeZone, @DefaultValue("#1F4E79") String primaryColor,
		@DefaultValue("60") int updateTargetMinutes) {
}
