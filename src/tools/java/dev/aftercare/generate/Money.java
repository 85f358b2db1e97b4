package dev.aftercare.generate;

import java.math.BigDecimal;
import java.util.Currency;

/** Fees as whole numbers of a currency's minor unit, converted from US cents. */
final class Money {

	private Money() {
	}

	/**
	 * {@code minor} written with the currency's decimals: 1299 USD is 12.99, 1299 JPY is
	 * 1299.
	 */
	static String format(long minor, String currency) {
		return BigDecimal.valueOf(minor, digits(currency)).toPlainString();
	}

	static int digits(String currency) {
		return Currency.getInstance(currency).getDefaultFractionDigits();
	}

	/** A US price in cents in another currency's minor unit, at round rates. */
	static long fromUsCents(long cents, String currency) {
		return switch (currency) {
			case "USD" -> cents;
			case "EUR" -> cents * 92 / 100;
			case "GBP" -> cents * 79 / 100;
			case "JPY" -> cents * 3 / 2;
			default -> throw new IllegalArgumentException(currency);
		};
	}

	/** Like a price list: 49.00, 49.50, 49.90, 49.99, or whole hundreds of yen. */
	static long listPrice(long minor, String currency, Rng rng) {
		if (digits(currency) == 0) {
			return Math.max(100, minor / 100 * 100);
		}
		long whole = Math.max(1, minor / 100);
		return whole * 100 + rng.pick(0L, 50L, 90L, 99L);
	}

}
