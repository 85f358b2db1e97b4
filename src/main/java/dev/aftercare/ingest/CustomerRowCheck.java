package dev.aftercare.ingest;

import java.util.Currency;
import java.util.List;

import dev.aftercare.model.Customer;

/** Checks a row of {@code customers.csv}. */
public final class CustomerRowCheck {

	static final List<String> CHANNELS = List.of("email", "phone", "sms", "chat");

	private static final String DEFAULT_CHANNEL = "email";

	private final AcceptedKeys<String> ids;

	public CustomerRowCheck(Known known) {
		this.ids = new AcceptedKeys<>(known::customerLine);
	}

	public Checked<Customer> check(CsvRow row) {
		return Checked.of(() -> {
			Cells cells = new Cells(row);
			String id = cells.required("customer_id");
			String name = cells.requiredText("name");
			String plan = cells.required("plan");
			String currency = currency(cells.required("currency"));
			String channel = cells.oneOf("preferred_channel", CHANNELS);
			Customer customer = new Customer(id, name, plan, currency, cells.text("contact_name"),
					cells.optional("email"), cells.optional("phone"), (channel != null) ? channel : DEFAULT_CHANNEL,
					cells.text("account_manager"));
			this.ids.claim(id, row.line(), "customer_id=" + id);
			return customer;
		});
	}

	private static String currency(String code) {
		Currency currency;
		try {
			currency = Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new RowRejection("currency '" + code + "' is not an ISO 4217 currency code");
		}
		if (currency.getDefaultFractionDigits() < 0) {
			throw new RowRejection("currency '" + code + "' has no minor unit, so it cannot carry fees");
		}
		return currency.getCurrencyCode();
	}

}
