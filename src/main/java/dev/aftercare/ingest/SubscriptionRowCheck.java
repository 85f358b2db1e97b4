package dev.aftercare.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.regex.Pattern;

import dev.aftercare.model.Subscription;

/** Checks a row of {@code subscriptions.csv}; its customer must be known. */
public final class SubscriptionRowCheck {

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

	private final Known known;

	private final AcceptedKeys<Key> keys;

	public SubscriptionRowCheck(Known known) {
		this.known = known;
		this.keys = new AcceptedKeys<>((key) -> known.subscriptionLine(key.customerId, key.service, key.region));
	}

	public Checked<Subscription> check(CsvRow row) {
		return Checked.of(() -> {
			Cells cells = new Cells(row);
			String customerId = cells.required("customer_id");
			String service = cells.required("service");
			String region = cells.required("region");
			String fee = cells.required("monthly_fee");
			LocalDate startedOn = cells.requiredDate("started_on");
			LocalDate endedOn = cells.date("ended_on");
			if (endedOn != null && endedOn.isBefore(startedOn)) {
				throw new RowRejection("ended_on '" + endedOn + "' is before started_on '" + startedOn + "'");
			}
			String currency = this.known.currencyOfCustomer(customerId)
				.orElseThrow(() -> new RowRejection("unknown customer_id '" + customerId + "'"));
			BigDecimal monthlyFee = fee(fee, currency);
			Subscription subscription = new Subscription(customerId, service, region, monthlyFee, fee, startedOn,
					endedOn);
			this.keys.claim(new Key(customerId, service, region), row.line(),
					"customer_id=" + customerId + ", service=" + service + ", region=" + region);
			return subscription;
		});
	}

	/** The fee as written: plain digits, at most the currency's minor-unit decimals. */
	private static BigDecimal fee(String text, String currency) {
		if (!PLAIN_DECIMAL.matcher(text).matches()) {
			if (text.startsWith("-") && PLAIN_DECIMAL.matcher(text.substring(1)).matches()) {
				throw new RowRejection("monthly_fee '" + text + "' is a negative fee");
			}
			throw new RowRejection("monthly_fee '" + text + "' is not a plain decimal number such as 49.90");
		}
		int point = text.indexOf('.');
		int decimals = (point >= 0) ? text.length() - point - 1 : 0;
		int allowed = Currency.getInstance(currency).getDefaultFractionDigits();
		if (decimals > allowed) {
			throw new RowRejection(
					"monthly_fee '" + text + "' has more decimals than " + currency + " allows (" + allowed + ")");
		}
		return new BigDecimal(text);
	}

	private record Key(String customerId, String service, String region) {
	}

}
