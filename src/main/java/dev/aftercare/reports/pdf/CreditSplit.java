package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rounds the exact shares incidents have of one currency's credits to its minor unit so
 * that they add up to the month's total: each share is rounded down, and the units left
 * over go one each to the shares that lost the most (largest remainder, ties by incident
 * id). The report's per-incident credits then sum to the month's total to the cent.
 */
final class CreditSplit {

	private CreditSplit() {
	}

	/**
	 * @param exact each incident's exact share, by incident id
	 * @param total the month's credited total in the currency
	 * @param digits the currency's minor-unit digits
	 */
	static Map<String, BigDecimal> round(Map<String, BigDecimal> exact, BigDecimal total, int digits) {
		Map<String, BigDecimal> rounded = new TreeMap<>();
		List<Map.Entry<String, BigDecimal>> remainders = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> share : new TreeMap<>(exact).entrySet()) {
			BigDecimal down = share.getValue().setScale(digits, RoundingMode.FLOOR);
			rounded.put(share.getKey(), down);
			remainders.add(Map.entry(share.getKey(), share.getValue().subtract(down)));
			sum = sum.add(down);
		}
		if (remainders.isEmpty()) {
			return rounded;
		}
		long units = total.subtract(sum).movePointRight(digits).setScale(0, RoundingMode.HALF_UP).longValueExact();
		remainders.sort(Comparator.comparing((Map.Entry<String, BigDecimal> entry) -> entry.getValue()).reversed());
		BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
		// more than one unit per share, or a negative count, only comes from exact shares
		// that do not add up to the total: spread it all the same, so the sum holds
		for (int i = 0; units != 0; i++) {
			Map.Entry<String, BigDecimal> entry = remainders
				.get(Math.floorMod(units > 0 ? i : -i - 1, remainders.size()));
			rounded.merge(entry.getKey(), (units > 0) ? unit : unit.negate(), BigDecimal::add);
			units += (units > 0) ? -1 : 1;
		}
		return rounded;
	}

}
