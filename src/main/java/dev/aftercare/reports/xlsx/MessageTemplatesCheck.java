package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.reports.ReportResources;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.reports.xlsx.FollowUpCustomer.Hit;
import dev.aftercare.reports.xlsx.FollowUpCustomer.Place;
import dev.aftercare.run.InvalidRunException;
import dev.aftercare.run.PreflightCheck;
import dev.aftercare.run.RunRequest;

/**
 * Before a run starts: the message templates, {@code names.yml} and {@code links.yml}
 * load, fill in for every kind of customer (credit approved, credit pending, goodwill,
 * none), give a one-line subject, an email of about 1,200 characters at most, a call
 * script, and an SMS that fits in 160 characters even with the longest amounts.
 */
final class MessageTemplatesCheck implements PreflightCheck {

	private static final Incident FULL = new Incident("SAMPLE-1", "Sample outage of the public API", Severity.SEV1,
			IncidentType.INCIDENT, List.of("api"), List.of("eu-west"), Instant.parse("2026-09-30T22:00:00Z"), null,
			Instant.parse("2026-10-01T01:05:00Z"), null, null, "Requests failed with errors.",
			"A faulty configuration change.", "internal only", "Retry the request.",
			List.of("Check configuration changes before they roll out", "Alert on error rates sooner"));

	private static final Incident BARE = new Incident("SAMPLE-2", "Planned maintenance", Severity.SEV4,
			IncidentType.MAINTENANCE, List.of("web"), List.of(), Instant.parse("2026-09-12T02:00:00Z"), null,
			Instant.parse("2026-09-12T02:30:00Z"), null, null, null, null, null, null, List.of());

	private static final List<FollowUpCustomer> SAMPLES = List.of(
			sample("USD", "999999.99", "sla",
					new Hit("SAMPLE-1", List.of(new Place("api", "eu-west")), new BigDecimal("11100"))),
			sample("JPY", "99999999", "goodwill",
					new Hit("SAMPLE-1", List.of(new Place("api", "eu-west")), new BigDecimal("11100")),
					new Hit("SAMPLE-2", List.of(new Place("web", "us-east")), new BigDecimal("1800"))),
			sample("EUR", "0.00", "none",
					new Hit("SAMPLE-2", List.of(new Place("web", "us-east")), new BigDecimal("1800"))),
			approved(sample("USD", "999999.99", "sla",
					new Hit("SAMPLE-1", List.of(new Place("api", "eu-west")), new BigDecimal("11100")),
					new Hit("SAMPLE-2", List.of(new Place("web", "us-east")), new BigDecimal("1800")))));

	private final ReportSettings settings;

	MessageTemplatesCheck(ReportSettings settings) {
		this.settings = settings;
	}

	@Override
	public void check(RunRequest request) {
		verify(this.settings);
	}

	static void verify(ReportSettings settings) {
		try {
			ZoneId.of(settings.displayTimeZone());
		}
		catch (DateTimeException ex) {
			throw new InvalidRunException("aftercare.reports.display-time-zone '" + settings.displayTimeZone()
					+ "' is not a time zone: " + ex.getMessage());
		}
		ReportResources resources = new ReportResources(settings.directory());
		MessageTemplates templates = MessageTemplates.load(resources);
		MessageDrafter drafter = new MessageDrafter(templates, MessageNames.load(resources), settings,
				YearMonth.of(2026, 9), Map.of(FULL.incidentId(), FULL, BARE.incidentId(), BARE),
				Set.of(BARE.incidentId()));
		for (FollowUpCustomer sample : SAMPLES) {
			MessageContext context = drafter.context(sample);
			String subject = templates.render(MessageTemplates.SUBJECT, context);
			if (subject.isBlank() || subject.contains("\n")) {
				throw broken(resources, MessageTemplates.SUBJECT,
						"must give one non-empty line, gave '" + subject + "'");
			}
			if (templates.render(MessageTemplates.BODY, context).isBlank()) {
				throw broken(resources, MessageTemplates.BODY, "gives an empty email");
			}
			if (templates.render(MessageTemplates.CALL, context).isBlank()) {
				throw broken(resources, MessageTemplates.CALL, "gives an empty call script");
			}
			String body = drafter.draft(sample).body();
			if (body.length() > MessageDrafter.EMAIL_LIMIT) {
				throw broken(resources, MessageTemplates.BODY,
						"gives " + body.length() + " characters for " + sample.incidents().size()
								+ " incidents; an email reads well up to about " + MessageDrafter.EMAIL_LIMIT);
			}
			String sms = templates.render(MessageTemplates.SMS, context).replaceAll("\\s+", " ");
			if (sms.isBlank() || sms.length() > MessageDrafter.SMS_LIMIT) {
				throw broken(resources, MessageTemplates.SMS,
						"gives " + sms.length() + " characters with the longest amounts; an SMS holds "
								+ MessageDrafter.SMS_LIMIT + ": " + sms);
			}
		}
	}

	private static InvalidRunException broken(ReportResources resources, String name, String problem) {
		return new InvalidRunException(resources.describe(MessageTemplates.file(name)) + " " + problem);
	}

	/** The same customer with nothing approved yet. */
	private static FollowUpCustomer approved(FollowUpCustomer c) {
		return new FollowUpCustomer(c.priority(), c.customerId(), c.name(), c.contactName(), c.email(), c.phone(),
				c.preferredChannel(), c.accountManager(), c.currency(), c.incidents(), c.downtimeMinutes(),
				c.creditAmount(), c.creditAmount(), BigDecimal.ZERO, c.creditPercent(), c.basis(), c.subscriptions(),
				c.tickets(), c.firstTicketAt());
	}

	private static FollowUpCustomer sample(String currency, String credit, String basis, Hit... hits) {
		return new FollowUpCustomer(1, "SAMPLE", "Sample customer with a rather long company name Ltd.", null,
				"ops@example.com", "+1 555 0100", "email", null, currency, List.of(hits), new BigDecimal("185.00"),
				new BigDecimal(credit), new BigDecimal("100"), basis, 1, null, null);
	}

}
