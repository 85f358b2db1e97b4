package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Incidents sheet: each incident of the period, its impact window, severity, whether
 * and why it is left out of SLA downtime, whom it affected and the credits it brought per
 * currency (live, like the Summary).
 */
final class IncidentsSheet {

	private static final Map<String, String> EXCLUSIONS = Map.of("customer_caused", "caused by the customer",
			"force_majeure", "force majeure", "announced_maintenance", "maintenance announced with enough notice");

	private static final List<Column> COLUMNS = List.of(new Column("incident_id", 14), new Column("title", 36),
			new Column("severity", 9), new Column("type", 12), new Column("status", 10),
			new Column("impact start (UTC)", 17), new Column("impact end (UTC)", 17), new Column("impact hours", 10),
			new Column("excluded", 9), new Column("why excluded", 34), new Column("subscriptions affected", 13),
			new Column("customers affected", 13));

	private IncidentsSheet() {
	}

	static void write(SXSSFWorkbook workbook, Styles styles, List<IncidentRow> incidents, List<String> currencies,
			CreditTotals totals, CreditFormulas formulas) {
		List<Column> columns = new ArrayList<>(COLUMNS);
		currencies.forEach((currency) -> columns.add(new Column("credited " + currency, 14)));
		SheetSeries series = new SheetSeries(workbook, "Incidents", columns, styles, SheetSeries.MAX_DATA_ROWS);
		for (IncidentRow incident : incidents) {
			Row row = series.nextRow();
			Cells.text(row, 0, incident.incidentId(), styles.text);
			Cells.text(row, 1, incident.title(), styles.text);
			Cells.text(row, 2, incident.incident().severity().code(), styles.text);
			Cells.text(row, 3, incident.incident().type().code(), styles.text);
			Cells.text(row, 4, incident.isOpen() ? "open" : "resolved", styles.text);
			Cells.utc(row, 5, incident.impactStart(), styles.dateTime);
			Cells.utc(row, 6, incident.impactEnd(), styles.dateTime);
			if (incident.impactStart() != null && incident.impactEnd() != null) {
				Duration length = Duration.between(incident.impactStart(), incident.impactEnd());
				Cells.number(row, 7, BigDecimal.valueOf(length.toSeconds())
					.divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP), styles.minutes);
			}
			Cells.text(row, 8, incident.isOpen() ? null : (incident.exclusionReason() != null) ? "yes" : "no",
					styles.text);
			Cells.text(row, 9, describe(incident), styles.text);
			Cells.number(row, 10, incident.subscriptions(), styles.count);
			Cells.number(row, 11, incident.customers(), styles.count);
			String cell = "$A$" + (row.getRowNum() + 1);
			for (int i = 0; i < currencies.size(); i++) {
				String currency = currencies.get(i);
				Cells.formula(row, COLUMNS.size() + i,
						formulas.sum(CreditsSheet.AMOUNT, CreditFormulas.listHolds(CreditsSheet.INCIDENT_KEY, cell),
								CreditFormulas.is(CreditsSheet.CURRENCY, currency)),
						totals.incident(incident.incidentId()).credited(currency).doubleValue(),
						styles.amount(currency));
			}
		}
		series.finish((sheet, part) -> {
		});
	}

	private static String describe(IncidentRow incident) {
		if (incident.isOpen()) {
			return "still open: a later run credits it once resolved";
		}
		String reason = incident.exclusionReason();
		return (reason != null) ? reason + ": " + EXCLUSIONS.getOrDefault(reason, reason) : null;
	}

}
