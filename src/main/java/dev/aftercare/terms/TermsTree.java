package dev.aftercare.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.aftercare.model.SlaExclusion;
import dev.aftercare.model.Status;

/**
 * Turns the YAML tree of {@code terms.yml} into {@link Terms}, checking every key on the
 * way and naming the source and the key path in every error.
 */
final class TermsTree {

	private static final Set<String> TOP_LEVEL_KEYS = Set.of("downtime_weights", "exclusions", "maintenance",
			"affected", "plans", "goodwill");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final String source;

	TermsTree(String source) {
		this.source = source;
	}

	Terms terms(JsonNode root) {
		if (root == null || !root.isObject()) {
			throw invalid("", "must be a mapping with the keys " + TOP_LEVEL_KEYS);
		}
		onlyKeys(root, "", TOP_LEVEL_KEYS);
		return new Terms(weights(required(root, "downtime_weights")), exclusions(required(root, "exclusions")),
				number(required(required(root, "maintenance"), "maintenance.min_notice_hours"),
						"maintenance.min_notice_hours", BigDecimal.ZERO, null),
				lookbackDays(required(required(root, "affected"), "affected.usage_lookback_days")),
				plans(required(root, "plans")), goodwill(required(root, "goodwill")));
	}

	private Map<Status, BigDecimal> weights(JsonNode node) {
		Map<Status, BigDecimal> weights = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			if (status != Status.OPERATIONAL) {
				String key = "downtime_weights." + status.code();
				weights.put(status, number(required(node, key), key, BigDecimal.ZERO, BigDecimal.ONE));
			}
		}
		Set<String> known = new HashSet<>();
		weights.keySet().forEach((status) -> known.add(status.code()));
		onlyKeys(node, "downtime_weights", known);
		return weights;
	}

	private Set<SlaExclusion> exclusions(JsonNode node) {
		Set<SlaExclusion> exclusions = EnumSet.noneOf(SlaExclusion.class);
		if (node.isNull()) {
			return exclusions;
		}
		if (!node.isArray()) {
			throw invalid("exclusions", "must be a list");
		}
		for (JsonNode item : node) {
			exclusions.add(SlaExclusion.fromCode(item.asText())
				.orElseThrow(() -> invalid("exclusions",
						"unknown value '" + item.asText() + "' (known: customer_caused, force_majeure)")));
		}
		return exclusions;
	}

	private int lookbackDays(JsonNode node) {
		BigDecimal days = number(node, "affected.usage_lookback_days", BigDecimal.ZERO, BigDecimal.valueOf(366));
		if (days.stripTrailingZeros().scale() > 0) {
			throw invalid("affected.usage_lookback_days", "must be a whole number of days");
		}
		return days.intValueExact();
	}

	private Map<String, PlanTerms> plans(JsonNode node) {
		if (!node.isObject()) {
			throw invalid("plans", "must be a mapping of plan name to its SLA");
		}
		Map<String, PlanTerms> plans = new LinkedHashMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			plans.put(entry.getKey(), plan("plans." + entry.getKey(), entry.getValue()));
		}
		return plans;
	}

	private PlanTerms plan(String path, JsonNode node) {
		onlyKeys(node, path, Set.of("sla_target", "max_credit_percent", "tiers"));
		BigDecimal target = number(required(node, path + ".sla_target"), path + ".sla_target", BigDecimal.ZERO,
				HUNDRED);
		BigDecimal max = number(required(node, path + ".max_credit_percent"), path + ".max_credit_percent",
				BigDecimal.ZERO, HUNDRED);
		JsonNode tiersNode = required(node, path + ".tiers");
		if (!tiersNode.isArray()) {
			throw invalid(path + ".tiers", "must be a list of { uptime_below, credit_percent }");
		}
		List<Tier> tiers = new ArrayList<>();
		int index = 0;
		for (JsonNode tierNode : tiersNode) {
			String tierPath = path + ".tiers[" + index++ + "]";
			onlyKeys(tierNode, tierPath, Set.of("uptime_below", "credit_percent"));
			tiers.add(new Tier(
					number(required(tierNode, tierPath + ".uptime_below"), tierPath + ".uptime_below", BigDecimal.ZERO,
							HUNDRED),
					number(required(tierNode, tierPath + ".credit_percent"), tierPath + ".credit_percent",
							BigDecimal.ZERO, HUNDRED)));
		}
		return new PlanTerms(target, max, List.copyOf(tiers));
	}

	private Goodwill goodwill(JsonNode node) {
		onlyKeys(node, "goodwill", Set.of("min_incident_minutes", "credit_percent"));
		return new Goodwill(
				number(required(node, "goodwill.min_incident_minutes"), "goodwill.min_incident_minutes",
						BigDecimal.ZERO, null),
				number(required(node, "goodwill.credit_percent"), "goodwill.credit_percent", BigDecimal.ZERO, HUNDRED));
	}

	private JsonNode required(JsonNode parent, String path) {
		String key = path.substring(path.lastIndexOf('.') + 1);
		if (!parent.isObject()) {
			throw invalid(path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : path, "must be a mapping");
		}
		JsonNode node = parent.get(key);
		if (node == null) {
			throw invalid(path, "is missing");
		}
		return node;
	}

	private BigDecimal number(JsonNode node, String path, BigDecimal min, BigDecimal max) {
		if (!node.isNumber()) {
			throw invalid(path, "must be a number, not '" + node.asText() + "'");
		}
		BigDecimal value = node.decimalValue();
		if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
			throw invalid(path, "must be between " + min + " and " + ((max != null) ? max : "any") + ", not "
					+ value.toPlainString());
		}
		return value;
	}

	private void onlyKeys(JsonNode node, String path, Set<String> known) {
		if (!node.isObject()) {
			throw invalid(path, "must be a mapping");
		}
		node.fieldNames().forEachRemaining((key) -> {
			if (!known.contains(key)) {
				throw invalid(path.isEmpty() ? key : path + "." + key, "is not a known key");
			}
		});
	}

	private InvalidTermsException invalid(String path, String problem) {
		return new InvalidTermsException(
				this.source + ": " + (path.isEmpty() ? "the document" : "'" + path + "'") + " " + problem);
	}

}
