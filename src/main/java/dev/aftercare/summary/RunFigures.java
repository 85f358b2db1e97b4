package dev.aftercare.summary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a run amounted to, for the summary, the last log line and the metrics: its credits
 * per currency and its rejected rows per file and reason.
 *
 * @param credits the credited amount per currency, rounded to its minor unit
 * @param creditLines the credit lines per currency
 * @param rejects per file, the rejected rows per kind of reason (the reason with its
 * values left out)
 */
public record RunFigures(Map<String, BigDecimal> credits, Map<String, Long> creditLines,
		Map<String, Map<String, Long>> rejects) {

	/** A run that got no figures, such as one refused before it started. */
	public static final RunFigures NONE = new RunFigures(Map.of(), Map.of(), Map.of());

	public long rejectedRows() {
		return this.rejects.values()
			.stream()
			.flatMap((byReason) -> byReason.values().stream())
			.mapToLong(Long::longValue)
			.sum();
	}

	/** The rejected rows of {@code file}. */
	public long rejectedRows(String file) {
		return this.rejects.getOrDefault(file, Map.of()).values().stream().mapToLong(Long::longValue).sum();
	}

}
