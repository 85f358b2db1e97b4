package dev.aftercare.credits;

import java.math.BigDecimal;

/** The share of the monthly fee credited, and on what basis. */
public record CreditDecision(BigDecimal creditPercent, Basis basis) {

	public static final CreditDecision NONE = new CreditDecision(BigDecimal.ZERO, Basis.NONE);

}
