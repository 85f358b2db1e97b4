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
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.aftercare.credits.MinorUnit;
import dev.aftercare.model.Incident;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.reports.xlsx.MessageContext.CallText;
import dev.aftercare.reports.xlsx.MessageContext.CreditText;
import dev.aftercare.reports.xlsx.MessageContext.IncidentText;

/**
 * Drafts what support sends an affected customer: an email and an SMS, worded by the
 * templates, filled in with public facts only.
 */
final class MessageDrafter {

	static final int SMS_LIMIT = 160;

	/** About what a person reads in an email before they skim. */
	static final int EMAIL_LIMIT = 1200;

	/** The incidents an email tells one by one at most; the rest go in one line. */
	static final int DETAILED = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

	private final MessageTemplates templates;

	private final MessageNames names;

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

	/**
	 * @param incidents the incidents of the period, by id
	 * @param announced the ids of those that are maintenance announced in time
	 */
	MessageDrafter(MessageTemplates templates, MessageNames names, ReportSettings settings, YearMonth period,
			Map<String, Incident> incidents, Set<String> announced) {
		this.templates = templates;
		this.names = names;
		this.settings = settings;
		this.zone = ZoneId.of(settings.displayTimeZone());
		this.periodText = period.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
		this.shortPeriodText = period.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
		this.periodShortDate = SHORT_DAY.format(period.atDay(1).atStartOfDay(this.zone));
		Map<String, Told> told = new HashMap<>();
		incidents.forEach((id, incident) -> told.put(id, told(incident, announced.contains(id))));
		this.incidents = Map.copyOf(told);
	}

	/**
	 * The drafts of one customer: an email that fits in about {@link #EMAIL_LIMIT}
	 * characters, an SMS, and a call script when support calls or chats with them.
	 */
	MessageDraft draft(FollowUpCustomer customer) {
		List<IncidentText> incidents = incidents(customer);
		List<IncidentText> longest = longestFirst(customer, incidents);
		int detailed = Math.min(DETAILED, incidents.size());
		MessageContext context = context(customer, incidents, longest, detailed);
		String body = this.templates.render(MessageTemplates.BODY, context);
		// fewer incidents told one by one until it fits; each has its link in the rest
		while (body.length() > EMAIL_LIMIT && detailed > 1) {
			context = context(customer, incidents, longest, --detailed);
			body = this.templates.render(MessageTemplates.BODY, context);
		}
		String channel = FollowUpPriority.ofRank(customer.priority()).recommendedChannel(customer);
		boolean call = channel.startsWith("phone") || channel.equals("chat");
		return new MessageDraft(this.templates.render(MessageTemplates.SUBJECT, context), body,
				fitSms(this.templates.render(MessageTemplates.SMS, context)),
				call ? this.templates.render(MessageTemplates.CALL, context) : null);
	}

	/** What the templates see for {@code customer}, every incident told in detail. */
	MessageContext context(FollowUpCustomer customer) {
		List<IncidentText> incidents = incidents(customer);
		return context(customer, incidents, longestFirst(customer, incidents), incidents.size());
	}

	private List<IncidentText> incidents(FollowUpCustomer customer) {
		List<Told> told = new ArrayList<>(customer.incidents().size());
		List<IncidentText> texts = new ArrayList<>(customer.incidents().size());
		for (FollowUpCustomer.Hit hit : customer.incidents()) {
			told.add(told(hit.incidentId()));
		}
		// by start, as the customer lived them
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < told.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> told.get(i).incident().startedAt())
			.thenComparing((i) -> customer.incidents().get(i).incidentId()));
		for (int i : order) {
			FollowUpCustomer.Hit hit = customer.incidents().get(i);
			texts.add(told.get(i).text(duration(hit.impactSeconds()), places(hit)));
		}
		return texts;
	}

	/** The same incidents, the longest impact on the customer first. */
	private static List<IncidentText> longestFirst(FollowUpCustomer customer, List<IncidentText> incidents) {
		Map<String, BigDecimal> seconds = new HashMap<>();
		customer.incidents().forEach((hit) -> seconds.put(hit.incidentId(), hit.impactSeconds()));
		List<IncidentText> longest = new ArrayList<>(incidents);
		longest.sort(Comparator.comparing((IncidentText incident) -> seconds.get(incident.id())).reversed());
		return longest;
	}

	private MessageContext context(FollowUpCustomer customer, List<IncidentText> incidents, List<IncidentText> longest,
			int detailed) {
		Set<IncidentText> told = Collections.newSetFromMap(new IdentityHashMap<>());
		told.addAll(longest.subList(0, detailed));
		List<IncidentText> inDetail = new ArrayList<>();
		List<IncidentText> others = new ArrayList<>();
		boolean maintenanceOnly = !incidents.isEmpty();
		for (IncidentText incident : incidents) {
			(told.contains(incident) ? inDetail : others).add(incident);
			maintenanceOnly &= incident.plannedMaintenance();
		}
		CreditText credit = creditText(customer, customer.approvedAmount());
		CreditText pending = creditText(customer, customer.pendingAmount());
		CallText call = new CallText(customer.contactName(), customer.phone(), customer.accountManager(),
				customer.tickets());
		return new MessageContext(this.settings.companyName(), this.settings.supportContact(),
				this.settings.feedbackContact(), this.names.statusPage(), this.periodText, this.shortPeriodText,
				customer.contactName(), customer.name(), List.copyOf(incidents), List.copyOf(inDetail),
				List.copyOf(others), others.size(), incidents.size() > 1, incidents.size(),
				incidents.isEmpty() ? this.periodShortDate : incidents.get(0).shortDate(), maintenanceOnly,
				(customer.firstTicketAt() != null) ? DAY_MONTH.format(customer.firstTicketAt().atZone(this.zone))
						: null,
				call, credit, pending);
	}

	private CreditText creditText(FollowUpCustomer customer, BigDecimal amount) {
		return (amount.signum() > 0) ? new CreditText(money(amount, customer.currency()),
				!customer.basis().contains("sla"), customer.subscriptions() > 1) : null;
	}

	/** "API in Europe West, website in US East". */
	private String places(FollowUpCustomer.Hit hit) {
		StringBuilder text = new StringBuilder();
		for (FollowUpCustomer.Place place : hit.places()) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(this.names.place(place.service(), place.region()));
		}
		return text.toString();
	}

	private Told told(Incident incident, boolean announcedInTime) {
		return new Told(incident, when(incident.startedAt(), incident.resolvedAt()),
				DAY.format(incident.startedAt().atZone(this.zone)),
				SHORT_DAY.format(incident.startedAt().atZone(this.zone)),
				(incident.announcedAt() != null) ? DAY.format(incident.announcedAt().atZone(this.zone)) : null,
				this.names.postmortemLink(incident.incidentId()), announcedInTime);
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
	private record Told(Incident incident, String when, String date, String shortDate, String announced, String link,
			boolean announcedInTime) {

		IncidentText text(String duration, String services) {
			return new IncidentText(this.incident.incidentId(), this.incident.title(), this.when, this.date,
					this.shortDate, duration, services, this.incident.customerImpact(), this.incident.publicCause(),
					this.incident.workaround(), this.incident.remediation(), !this.incident.remediation().isEmpty(),
					this.link, this.announcedInTime, this.announcedInTime ? this.announced : null);
		}

	}

}
