package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.aftercare.credits.MinorUnit;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.impact.IncidentImpact.ScopeTimeline;
import dev.aftercare.impact.Segment;
import dev.aftercare.model.EventKind;
import dev.aftercare.model.Status;
import dev.aftercare.reports.pdf.PublicPostmortem.Compensation;
import dev.aftercare.reports.pdf.PublicPostmortem.CreditRate;
import dev.aftercare.reports.pdf.PublicPostmortem.PlanSchedule;
import dev.aftercare.reports.pdf.PublicPostmortem.TimelineEntry;
import dev.aftercare.terms.Goodwill;
import dev.aftercare.terms.Tier;

/**
 * The sentences and values a postmortem prints, the same in the PDF and in the Markdown
 * edition: what a timeline line says, how a rate, a schedule, an amount reads.
 */
final class PostmortemText {

	/** The smallest count of customers a public document prints as a number. */
	static final int FEWEST_SHOWN = 5;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Pattern SAYS_MAINTENANCE = Pattern.compile("\\bmaintenance\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final ReportKit kit;

	PostmortemText(ReportKit kit) {
		this.kit = kit;
	}

	String word(String key) {
		return this.kit.wording().text(key);
	}

	/** The value, or the wording's text for its absence. */
	String orMissing(String value, String missingKey) {
		return present(value) ? value.strip() : word(missingKey);
	}

	/**
	 * The title: planned maintenance is not called a postmortem, and one whose own title
	 * already says maintenance is not called so twice.
	 */
	String title(PublicPostmortem postmortem) {
		if (!postmortem.isMaintenance()) {
			return word("public.title");
		}
		return word(SAYS_MAINTENANCE.matcher(postmortem.title()).find() ? "public.title_maintenance_named"
				: "public.title_maintenance");
	}

	/**
	 * A section heading; planned maintenance has its own for what happened, why and what
	 * follows, since we chose to do the work.
	 */
	String heading(PublicPostmortem postmortem, String name) {
		String maintenance = "public.maintenance_headings." + name;
		return (postmortem.isMaintenance() && this.kit.wording().has(maintenance)) ? word(maintenance)
				: word("public.headings." + name);
	}

	/**
	 * What customers experienced, or without it where else to look: the timeline, when
	 * there is one.
	 */
	String whatHappened(PublicPostmortem postmortem) {
		return orMissing(postmortem.customerImpact(), postmortem.timeline().isEmpty()
				? "public.missing.customer_impact_no_updates" : "public.missing.customer_impact");
	}

	/**
	 * Why it happened, or for maintenance why we did it, or the words for not knowing.
	 */
	String why(PublicPostmortem postmortem) {
		return orMissing(postmortem.publicCause(),
				postmortem.isMaintenance() ? "public.missing.public_cause_maintenance" : "public.missing.public_cause");
	}

	/**
	 * Whether the workaround and prevention sections print: planned maintenance has them
	 * only when there is something to say.
	 */
	boolean hasWorkaround(PublicPostmortem postmortem) {
		return !postmortem.isMaintenance() || present(postmortem.workaround());
	}

	/**
	 * Whether the "why" section prints: not for an incident excluded as customer-caused,
	 * whose cause would single out a customer; it says what happened and what we changed.
	 */
	boolean hasWhy(PublicPostmortem postmortem) {
		return !"customer_caused".equals(postmortem.compensation().exclusionReason());
	}

	boolean hasPrevention(PublicPostmortem postmortem) {
		return !postmortem.isMaintenance() || !postmortem.remediation().isEmpty();
	}

	/**
	 * The summary at the top and the apology, both scaled to the worst status customers
	 * had: a slowdown is not apologised for in the words of a long outage.
	 */
	List<String> opening(PublicPostmortem postmortem) {
		Status worst = postmortem.worstStatus()
			.orElse(postmortem.isMaintenance() ? Status.UNDER_MAINTENANCE : Status.MAJOR_OUTAGE);
		if (postmortem.isMaintenance() && worst != Status.MAJOR_OUTAGE) {
			worst = Status.UNDER_MAINTENANCE;
		}
		Wording wording = this.kit.wording()
			.with("services", list(services(postmortem.services())))
			.with("regions",
					postmortem.regions().isEmpty() ? word("public.labels.all_regions")
							: list(regions(postmortem.regions())))
			.with("when", this.kit.time().windowUtc(postmortem.startedAt(), postmortem.resolvedAt()))
			.with("duration", TimeText.duration(postmortem.duration()));
		String apology = (worst == Status.MAJOR_OUTAGE && postmortem.longOutage()) ? "major_outage_long" : worst.code();
		return List.of(wording.text("public.summary." + worst.code()), wording.text("public.apology." + apology));
	}

	/** The thanks and where to ask, at the end. */
	List<String> closing() {
		return List.of(word("public.closing.thanks"), word("public.closing.questions"));
	}

	/** The severity in the words of the worst status the events show, and its code. */
	String severity(PublicPostmortem postmortem) {
		String words = postmortem.worstStatus()
			.map((status) -> word("public.impact_words." + status.code()))
			.orElse(postmortem.severity().plainWords());
		return words + " (" + postmortem.severity().code() + ")";
	}

	/**
	 * A count for a public document: below {@value #FEWEST_SHOWN} it could point at one
	 * customer, so it reads as words.
	 */
	String publicCount(long count) {
		return (count < FEWEST_SHOWN && count > 0) ? word("public.labels.few_customers") : String.valueOf(count);
	}

	/**
	 * What the credit section says before any rates: why the incident earns nothing, or
	 * that no credit was reached, or that credits qualify. It never says a credit was
	 * applied: finance approves it after the run.
	 */
	List<String> compensationLead(Compensation compensation) {
		if (compensation.excluded()) {
			return List.of(word("public.compensation.excluded_" + compensation.exclusionReason()));
		}
		if (compensation.rates().isEmpty()) {
			return List.of(word("public.compensation.none"));
		}
		return List.of(word("public.compensation.qualify"), word("public.compensation.rates"));
	}

	/**
	 * Plan, basis and rate of each credit rate, without how many subscriptions had it;
	 * none for an excluded incident, whose lines owe their credit to other incidents.
	 */
	List<List<String>> rates(Compensation compensation) {
		if (compensation.excluded()) {
			return List.of();
		}
		return compensation.rates()
			.stream()
			.map((rate) -> List.of(rate.plan(), basis(rate), percent(rate.creditPercent())))
			.distinct()
			.toList();
	}

	/** The schedules and the goodwill rule behind the rates, as small print. */
	List<String> compensationNotes(Compensation compensation) {
		List<String> notes = new ArrayList<>();
		if (compensation.excluded()) {
			return notes;
		}
		if (!compensation.schedules().isEmpty()) {
			notes.add(word("public.compensation.schedule"));
			compensation.schedules().forEach((schedule) -> notes.add(schedule(schedule)));
		}
		if (compensation.goodwill() != null) {
			notes.add(goodwill(compensation.goodwill()));
			notes.add(this.kit.wording().with("weights", weights(compensation)).text("public.compensation.weights"));
		}
		return notes;
	}

	/** The rows of a postmortem's summary: label, value. */
	List<String[]> summary(PublicPostmortem postmortem) {
		TimeText time = this.kit.time();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { word("public.labels.incident"), postmortem.incidentId() });
		rows.add(new String[] { word("public.labels.severity"), severity(postmortem) });
		rows.add(new String[] { word("public.labels.window"),
				time.windowUtc(postmortem.startedAt(), postmortem.resolvedAt()) });
		if (time.showsLocal()) {
			rows.add(new String[] { word("public.labels.window_local"),
					time.windowLocal(postmortem.startedAt(), postmortem.resolvedAt()) });
		}
		rows.add(new String[] { word("public.labels.duration"), TimeText.duration(postmortem.duration()) });
		rows.add(new String[] { word("public.labels.services"), String.join(", ", services(postmortem.services())) });
		rows.add(new String[] { word("public.labels.regions"), postmortem.regions().isEmpty()
				? word("public.labels.all_regions") : String.join(", ", regions(postmortem.regions())) });
		rows.add(new String[] { word("public.labels.customers"), publicCount(postmortem.affectedCustomers()) });
		return rows;
	}

	/**
	 * What a timeline line says: its message, or without one its kind, and for a status
	 * its status and scope.
	 */
	String says(TimelineEntry entry) {
		if (entry.message() != null && !entry.message().isBlank()) {
			return entry.message().strip();
		}
		if (entry.kind() != EventKind.STATUS || entry.status() == null) {
			return kind(entry.kind());
		}
		List<String> scope = new ArrayList<>(services(entry.services()));
		scope.addAll(regions(entry.regions()));
		return kind(entry.kind()) + ": " + status(entry.status())
				+ (scope.isEmpty() ? "" : " (" + String.join(", ", scope) + ")");
	}

	String when(TimelineEntry entry) {
		return this.kit.time().both(entry.at());
	}

	/** {@code Status page, Email}: the channels in words. */
	String channels(List<String> codes) {
		if (codes.isEmpty()) {
			return word("public.labels.no_channel");
		}
		return codes.stream()
			.map((code) -> this.kit.wording().label("channels", code))
			.collect(Collectors.joining(", "));
	}

	String kind(EventKind kind) {
		return this.kit.wording().label("event_kinds", kind.code());
	}

	String status(dev.aftercare.model.Status status) {
		return this.kit.wording().statusLabel(status);
	}

	/** The stretches of one row of the impact picture, in words. */
	String stretches(List<Segment> segments) {
		return segments.stream()
			.map((segment) -> status(segment.status()) + " " + this.kit.time().windowUtc(segment.from(), segment.to()))
			.collect(Collectors.joining("; "));
	}

	/** {@code service / region}, with the words for "every region" where it applies. */
	String scope(ScopeTimeline scope, List<ScopeTimeline> all) {
		if (!IncidentImpact.OTHER_REGIONS.equals(scope.region())) {
			return scope(scope.service(), scope.region());
		}
		boolean others = all.stream()
			.anyMatch((other) -> other.service().equals(scope.service())
					&& !IncidentImpact.OTHER_REGIONS.equals(other.region()));
		return service(scope.service()) + " / "
				+ word(others ? "public.labels.other_regions" : "public.labels.all_regions");
	}

	/** {@code API / eu-west}: a service and a region by the names customers know. */
	String scope(String service, String region) {
		return service(service) + " / " + region(region);
	}

	/** A service by the name customers know it by ({@code names.yml}), else its code. */
	String service(String code) {
		return this.kit.names().service(code);
	}

	/** A region by the name {@code names.yml} gives it, else its code. */
	String region(String code) {
		return this.kit.names().region(code);
	}

	List<String> services(List<String> codes) {
		return codes.stream().map(this::service).toList();
	}

	List<String> regions(List<String> codes) {
		return codes.stream().map(this::region).toList();
	}

	String basis(CreditRate rate) {
		return word("public.compensation.basis_" + rate.basis().code());
	}

	/**
	 * {@code enterprise (SLA 99.95%): below 99.95% uptime 10%, below 99.0% 25%; at most 100%}.
	 */
	String schedule(PlanSchedule schedule) {
		String tiers = schedule.terms()
			.tiers()
			.stream()
			.map((Tier tier) -> "below " + percent(tier.uptimeBelow()) + " uptime: " + percent(tier.creditPercent()))
			.collect(Collectors.joining(", "));
		return schedule.plan() + " (SLA " + percent(schedule.terms().slaTarget()) + "): " + tiers + "; at most "
				+ percent(schedule.terms().maxCreditPercent());
	}

	String goodwill(Goodwill goodwill) {
		return this.kit.wording()
			.with("goodwill_minutes", plain(goodwill.minIncidentMinutes()))
			.with("goodwill_percent", plain(goodwill.creditPercent()))
			.text("public.compensation.goodwill");
	}

	/**
	 * {@code major outage 100%, partial outage 50%, ...}: the terms' weights in words.
	 */
	private String weights(Compensation compensation) {
		return ImpactChart.STATUSES.stream()
			.filter(compensation.weights()::containsKey)
			.map((status) -> status(status).toLowerCase(Locale.ROOT) + " "
					+ percent(compensation.weights().get(status).multiply(HUNDRED)))
			.collect(Collectors.joining(", "));
	}

	/** {@code a}, {@code a and b}, {@code a, b and c}. */
	private static String list(List<String> items) {
		if (items.size() < 2) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	static String percent(BigDecimal value) {
		return plain(value) + "%";
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** {@code EUR 1,234.50}, {@code JPY 5,000}: the currency's own minor unit. */
	static String money(String currency, BigDecimal amount) {
		int digits = MinorUnit.digits(currency);
		DecimalFormat format = new DecimalFormat((digits > 0) ? "#,##0." + "0".repeat(digits) : "#,##0",
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		return currency + " " + format.format(MinorUnit.round(amount, currency));
	}

}
