package dev.aftercare.reports.csv;

import dev.aftercare.credits.CreditLine;

/**
 * The columns of {@code credits.csv} and how a credit line becomes one of its records.
 */
public final class CreditCsv {

	public static final String[] COLUMNS = { "period", "customer_id", "customer_name", "plan", "service", "region",
			"currency", "monthly_fee", "downtime_minutes", "uptime_percent", "sla_target", "credit_percent", "basis",
			"credit_amount", "incident_ids" };

	private CreditCsv() {
	}

	/**
	 * The record of a line, its values as {@link dev.aftercare.credits.CreditLines}
	 * rounded them.
	 */
	public static Object[] record(CreditLine line) {
		return new Object[] { line.period().toString(), line.customerId(), line.customerName(), line.plan(),
				line.service(), line.region(), line.currency(), line.monthlyFeeText(),
				line.downtimeMinutes().toPlainString(), line.uptimePercent().toPlainString(),
				CsvFiles.plain(line.slaTarget()), CsvFiles.plain(line.creditPercent()), line.basis().code(),
				line.creditAmount().toPlainString(), String.join(";", line.incidentIds()) };
	}

}
