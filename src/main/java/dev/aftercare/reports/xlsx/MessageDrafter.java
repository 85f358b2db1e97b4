package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.aftercare.credits.MinorUnit;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.reports.xlsx.MessageContext.CreditText;
import dev.aftercare.reports.xlsx.MessageContext.IncidentText;

/**
 * Drafts what support sends an affected customer: an email and an SMS, worded by the
 * templates, filled in with public facts only.
 */
final class MessageDrafter {

	static final int SMS_LIMIT = 160;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	private final MessageTemplates templates;

	private final ReportSettings settings;

	private final ZoneId zone;

	private final YearMonth period;

	private final Map<String, Incident> incidents;

	MessageDrafter(MessageTemplates templates, ReportSettings settings, YearMonth period,
			Map<String, Incident> incidents) {
		this.templates = templates;
		this.settings = settings;
		this.zone = ZoneId.of(settings.displayTimeZone());
		this.period = period;
		this.incidents = Map.copyOf(incidents);
	}

	MessageDraft draft(FollowUpCustomer customer) {
		MessageContext context = context(customer);
		return new MessageDraft(this.templates.render(MessageTemplates.SUBJECT, context),
				this.templates.render(MessageTemplates.BODY, context),
				fitSms(this.templates.render(MessageTemplates.SMS, context)));
	}

	MessageContext context(FollowUpCustomer customer) {
		List<IncidentText> hits = customer.incidents().stream().map(this::incidentText).toList();
		Instant first = customer.incidents()
			.stream()
			.map((hit) -> incident(hit.incidentId()).startedAt())
			.min(Instant::compareTo)
			.orElse(this.period.atDay(1).atStartOfDay(this.zone).toInstant());
		CreditText credit = (customer.creditAmount().signum() > 0)
				? new CreditText(money(customer.creditAmount(), customer.currency()), !customer.basis().contains("sla"))
				: null;
		return new MessageContext(this.settings.companyName(), this.settings.supportContact(),
				this.settings.feedbackContact(),
				this.period.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)),
				this.period.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH)),
				(customer.contactName() != null) ? customer.contactName() : customer.name(), hits, hits.size() > 1,
				hits.size(), SHORT_DAY.format(first.atZone(this.zone)), credit);
	}

	private IncidentText incidentText(FollowUpCustomer.Hit hit) {
		Incident incident = incident(hit.incidentId());
		return new IncidentText(incident.title(), when(incident.startedAt(), incident.resolvedAt()),
				DAY.format(incident.startedAt().atZone(this.zone)), duration(hit.impactSeconds()), hit.services(),
				incident.customerImpact(), incident.publicCause(), incident.workaround(), incident.remediation(),
				!incident.remediation().isEmpty(), incident.type() == IncidentType.MAINTENANCE,
				(incident.announcedAt() != null) ? DAY.format(incident.announcedAt().atZone(this.zone)) : null);
	}

	private Incident incident(String incidentId) {
		Incident incident = this.incidents.get(incidentId);
		if (incident == null) {
			throw new IllegalStateException("incident " + incidentId + " of a follow-up is not in the period");
		}
		return incident;
	}

	/** "3 October 2026, 14:05 to 16:10 UTC", the end's day too when it differs. */
	private String when(Instant start, Instant end) {
		ZonedDateTime from = start.atZone(this.zone);
		ZonedDateTime until = end.atZone(this.zone);
		String endText = from.toLocalDate().equals(until.toLocalDate()) ? TIME.format(until)
				: DAY.format(until) + " " + TIME.format(until);
		return DAY.format(from) + ", " + TIME.format(from) + " to " + endText + " " + ZONE.format(until);
	}

	static String duration(BigDecimal seconds) {
		long minutes = seconds.divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValue();
		if (minutes < 1) {
			return "less than a minute";
		}
		long hours = minutes / 60;
		String hourText = (hours == 0) ? "" : hours + ((hours == 1) ? " hour" : " hours");
		String minuteText = (minutes % 60 == 0) ? "" : (minutes % 60) + ((minutes % 60 == 1) ? " minute" : " minutes");
		return (hourText + " " + minuteText).strip();
	}

	/** "USD 1,234.50", "JPY 1,200": the currency's own decimals. */
	static String money(BigDecimal amount, String currency) {
		return String.format(Locale.ENGLISH, "%s %,." + MinorUnit.digits(currency) + "f", currency,
				MinorUnit.round(amount, currency));
	}

	/**
	 * An SMS holds 160 characters. The preflight check renders the longest amounts;
	 * should a text still be longer, it is cut at a word rather than sent in two parts.
	 */
	static String fitSms(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		if (oneLine.length() <= SMS_LIMIT) {
			return oneLine;
		}
		int cut = oneLine.lastIndexOf(' ', SMS_LIMIT - 1);
		return oneLine.substring(0, (cut > 0) ? cut : SMS_LIMIT - 1) + "…";
	}

}
