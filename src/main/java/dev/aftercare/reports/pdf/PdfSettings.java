package dev.aftercare.reports.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the postmortems and the monthly report take from configuration besides
 * {@link dev.aftercare.reports.ReportSettings}.
 *
 * @param logo the company logo, a PNG or JPEG file in the reports folder (or a path
 * relative to it)
 */
@ConfigurationProperties("aftercare.reports.pdf")
public record PdfSettings(@DefaultValue("logo.png") String logo) {
}
