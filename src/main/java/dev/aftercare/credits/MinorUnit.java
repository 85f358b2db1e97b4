package dev.aftercare.credits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money in a currency's own minor unit: JPY has none, USD has cents, some have three
 * digits.
 */
public final class MinorUnit {

	private MinorUnit() {
	}

	/** The digits after the decimal point of {@code currencyCode}, an ISO 4217 code. */
	public static int digits(String currencyCode) {
		int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
		if (digits < 0) {
			throw new IllegalArgumentException(currencyCode + " has no minor unit");
		}
		return digits;
	}

	/** {@code amount} rounded half-up to the currency's minor unit. */
	public static BigDecimal round(BigDecimal amount, String currencyCode) {
		return amount.setScale(digits(currencyCode), RoundingMode.HALF_UP);
	}

}
