package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.aftercare.credits.MinorUnit;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.impact.IncidentImpact.ScopeTimeline;
import dev.aftercare.impact.Segment;
import dev.aftercare.model.EventKind;
import dev.aftercare.model.IncidentType;
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

	private final ReportKit kit;

	PostmortemText(ReportKit kit) {
		this.kit = kit;
	}

	String word(String key) {
		return this.kit.wording().text(key);
	}

	/** The value, or the wording's text for its absence. */
	String orMissing(String value, String missingKey) {
		return (value != null && !value.isBlank()) ? value.strip() : word(missingKey);
	}

	/**
	 * The apology, once, the thanks and where to ask: planned maintenance has an apology
	 * of its own.
	 */
	List<String> closing(IncidentType type) {
		return List.of(word(
				(type == IncidentType.MAINTENANCE) ? "public.closing.apology_maintenance" : "public.closing.apology"),
				word("public.closing.thanks"), word("public.closing.questions"));
	}

	/** The rows of a postmortem's summary: label, value. */
	List<String[]> summary(PublicPostmortem postmortem) {
		TimeText time = this.kit.time();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { word("public.labels.incident"), postmortem.incidentId() });
		rows.add(new String[] { word("public.labels.severity"),
				postmortem.severity().plainWords() + " (" + postmortem.severity().code() + ")" });
		rows.add(new String[] { word("public.labels.window"),
				time.windowUtc(postmortem.startedAt(), postmortem.resolvedAt()) });
		if (time.showsLocal()) {
			rows.add(new String[] { word("public.labels.window_local"),
					time.windowLocal(postmortem.startedAt(), postmortem.resolvedAt()) });
		}
		rows.add(new String[] { word("public.labels.duration"), TimeText.duration(postmortem.duration()) });
		rows.add(new String[] { word("public.labels.services"), String.join(", ", postmortem.services()) });
		rows.add(new String[] { word("public.labels.regions"), postmortem.regions().isEmpty()
				? word("public.labels.all_regions") : String.join(", ", postmortem.regions()) });
		rows.add(new String[] { word("public.labels.customers"), String.valueOf(postmortem.affectedCustomers()) });
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
		List<String> scope = new ArrayList<>(entry.services());
		scope.addAll(entry.regions());
		return kind(entry.kind()) + ": " + status(entry.status())
				+ (scope.isEmpty() ? "" : " (" + String.join(", ", scope) + ")");
	}

	String when(TimelineEntry entry) {
		return this.kit.time().both(entry.at());
	}

	/** {@code Status page, Email}: the channels in words. */
	String channels(List<String> codes) {
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
			return scope.service() + " / " + scope.region();
		}
		boolean others = all.stream()
			.anyMatch((other) -> other.service().equals(scope.service())
					&& !IncidentImpact.OTHER_REGIONS.equals(other.region()));
		return scope.service() + " / " + word(others ? "public.labels.other_regions" : "public.labels.all_regions");
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
