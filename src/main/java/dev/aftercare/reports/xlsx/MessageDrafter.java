package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

	private final String periodText;

	private final String shortPeriodText;

	/** The day a customer hit by no incident reads: the first of the period. */
	private final String periodShortDate;

	/**
	 * Dates and times told once per incident rather than once per customer: a hundred
	 * thousand customers share a few dozen incidents.
	 */
	private final Map<String, Told> incidents;

	MessageDrafter(MessageTemplates templates, ReportSettings settings, YearMonth period,
			Map<String, Incident> incidents) {
		this.templates = templates;
		this.settings = settings;
		this.zone = ZoneId.of(settings.displayTimeZone());
		this.periodText = period.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
		this.shortPeriodText = period.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
		this.periodShortDate = SHORT_DAY.format(period.atDay(1).atStartOfDay(this.zone));
		Map<String, Told> told = new HashMap<>();
		incidents.forEach((id, incident) -> told.put(id, told(incident)));
		this.incidents = Map.copyOf(told);
	}

	MessageDraft draft(FollowUpCustomer customer) {
		MessageContext context = context(customer);
		return new MessageDraft(this.templates.render(MessageTemplates.SUBJECT, context),
				this.templates.render(MessageTemplates.BODY, context),
				fitSms(this.templates.render(MessageTemplates.SMS, context)));
	}

	MessageContext context(FollowUpCustomer customer) {
		List<IncidentText> hits = new ArrayList<>(customer.incidents().size());
		Told first = null;
		for (FollowUpCustomer.Hit hit : customer.incidents()) {
			Told told = told(hit.incidentId());
			hits.add(told.text(duration(hit.impactSeconds()), hit.services()));
			if (first == null || told.incident().startedAt().isBefore(first.incident().startedAt())) {
				first = told;
			}
		}
		boolean goodwill = !customer.basis().contains("sla");
		CreditText credit = (customer.approvedAmount().signum() > 0)
				? new CreditText(money(customer.approvedAmount(), customer.currency()), goodwill) : null;
		CreditText pending = (customer.pendingAmount().signum() > 0)
				? new CreditText(money(customer.pendingAmount(), customer.currency()), goodwill) : null;
		return new MessageContext(this.settings.companyName(), this.settings.supportContact(),
				this.settings.feedbackContact(), this.periodText, this.shortPeriodText,
				(customer.contactName() != null) ? customer.contactName() : customer.name(),
				Collections.unmodifiableList(hits), hits.size() > 1, hits.size(),
				(first != null) ? first.shortDate() : this.periodShortDate, credit, pending);
	}

	private Told told(Incident incident) {
		return new Told(incident, when(incident.startedAt(), incident.resolvedAt()),
				DAY.format(incident.startedAt().atZone(this.zone)),
				SHORT_DAY.format(incident.startedAt().atZone(this.zone)),
				(incident.announcedAt() != null) ? DAY.format(incident.announcedAt().atZone(this.zone)) : null);
	}

	private Told told(String incidentId) {
		Told told = this.incidents.get(incidentId);
		if (told == null) {
			throw new IllegalStateException("incident " + incidentId + " of a follow-up is not in the period");
		}
		return told;
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
		// what String.format("%s %,.2f") gives, without parsing a format per customer
		BigDecimal rounded = MinorUnit.round(amount, currency);
		String digits = rounded.abs().toPlainString();
		int point = digits.indexOf('.');
		int integers = (point < 0) ? digits.length() : point;
		StringBuilder text = new StringBuilder(currency.length() + digits.length() + 8).append(currency).append(' ');
		if (rounded.signum() < 0) {
			text.append('-');
		}
		for (int i = 0; i < integers; i++) {
			if (i > 0 && (integers - i) % 3 == 0) {
				text.append(',');
			}
			text.append(digits.charAt(i));
		}
		return text.append(digits, integers, digits.length()).toString();
	}

	/**
	 * An SMS holds 160 characters. The preflight check renders the longest amounts;
	 * should a text still be longer, it is cut at a word rather than sent in two parts.
	 */
	static String fitSms(String text) {
		String oneLine = oneLine(text).strip();
		if (oneLine.length() <= SMS_LIMIT) {
			return oneLine;
		}
		int cut = oneLine.lastIndexOf(' ', SMS_LIMIT - 1);
		return oneLine.substring(0, (cut > 0) ? cut : SMS_LIMIT - 1) + "…";
	}

	/** Each run of whitespace ({@code \\s} of a regular expression) as one space. */
	private static String oneLine(String text) {
		StringBuilder line = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
				space = true;
				continue;
			}
			if (space) {
				line.append(' ');
				space = false;
			}
			line.append(c);
		}
		if (space) {
			line.append(' ');
		}
		return line.toString();
	}

	/**
	 * An incident as every customer it hit reads it; only the duration and the services
	 * are their own.
	 */
	private record Told(Incident incident, String when, String date, String shortDate, String announced) {

		IncidentText text(String duration, String services) {
			return new IncidentText(this.incident.title(), this.when, this.date, duration, services,
					this.incident.customerImpact(), this.incident.publicCause(), this.incident.workaround(),
					this.incident.remediation(), !this.incident.remediation().isEmpty(),
					this.incident.type() == IncidentType.MAINTENANCE, this.announced);
		}

	}

}
