package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.util.Map;
import java.util.HashMap;

import dev.aftercare.credits.Basis;
import dev.aftercare.credits.CreditLine;

/**
 * Credit lines added up as they stream past: what the Summary formulas come to as the run
 * wrote them, and the chart's figures.
 */
final class CreditTally {

	private long lines;

	private long slaLines;

	private long goodwillLines;

	private long creditedLines;

	private final Map<String, BigDecimal> credited = new HashMap<>();

	private final Map<String, BigDecimal> sla = new HashMap<>();

	private final Map<String, BigDecimal> goodwill = new HashMap<>();

	void add(CreditLine line) {
		this.lines++;
		String currency = line.currency();
		this.credited.merge(currency, line.creditAmount(), BigDecimal::add);
		if (line.creditAmount().signum() > 0) {
			this.creditedLines++;
		}
		if (line.basis() == Basis.SLA) {
			this.slaLines++;
			this.sla.merge(currency, line.creditAmount(), BigDecimal::add);
		}
		else if (line.basis() == Basis.GOODWILL) {
			this.goodwillLines++;
			this.goodwill.merge(currency, line.creditAmount(), BigDecimal::add);
		}
	}

	long lines() {
		return this.lines;
	}

	long slaLines() {
		return this.slaLines;
	}

	long goodwillLines() {
		return this.goodwillLines;
	}

	/** Lines with an amount above zero: the ones a reviewer decides on. */
	long creditedLines() {
		return this.creditedLines;
	}

	BigDecimal credited(String currency) {
		return this.credited.getOrDefault(currency, BigDecimal.ZERO);
	}

	BigDecimal sla(String currency) {
		return this.sla.getOrDefault(currency, BigDecimal.ZERO);
	}

	BigDecimal goodwill(String currency) {
		return this.goodwill.getOrDefault(currency, BigDecimal.ZERO);
	}

}
