package dev.aftercare.ingest;

import java.time.LocalDate;

import dev.aftercare.model.Usage;

/**
 * Checks a row of {@code usage.csv}; its customer must be known. Rows with the same key
 * are all accepted: they add up.
 */
public final class UsageRowCheck {

	private final Known known;

	public UsageRowCheck(Known known) {
		this.known = known;
	}

	public Checked<Usage> check(CsvRow row) {
		return Checked.of(() -> {
			Cells cells = new Cells(row);
			String customerId = cells.required("customer_id");
			String service = cells.required("service");
			String region = cells.required("region");
			LocalDate date = cells.requiredDate("date");
			long requests = cells.requiredCount("requests");
			Long errors = cells.count("errors");
			if (errors != null && errors > requests) {
				throw new RowRejection("errors '" + errors + "' is more than requests '" + requests + "'");
			}
			if (this.known.currencyOfCustomer(customerId).isEmpty()) {
				throw new RowRejection("unknown customer_id '" + customerId + "'");
			}
			return new Usage(customerId, service, region, date, requests, errors);
		});
	}

}
