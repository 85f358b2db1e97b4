package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;

import dev.aftercare.approvals.Decision;
import dev.aftercare.approvals.LineKey;
import dev.aftercare.credits.CreditLine;
import dev.aftercare.speed.StreamingWorkbook;

/**
 * Writes {@code credit-review.xlsx}: Summary, Credits (and its continuation sheets) and
 * Incidents. Credit lines stream through a small window of rows, so a million of them
 * never sit in memory at once.
 */
final class CreditReviewWorkbook {

	private final String primaryColor;

	private final int maxRowsPerSheet;

	CreditReviewWorkbook(String primaryColor) {
		this(primaryColor, SheetSeries.MAX_DATA_ROWS);
	}

	/** With fewer rows per sheet than Excel's limit, to see continuation sheets work. */
	CreditReviewWorkbook(String primaryColor, int maxRowsPerSheet) {
		this.primaryColor = primaryColor;
		this.maxRowsPerSheet = maxRowsPerSheet;
	}

	/**
	 * @param credits the lines of {@code credits.csv}, in its order
	 * @param largest per currency, the smallest of its largest credits (see
	 * {@link CreditsSheet})
	 * @param incidents the incidents of the period, resolved and open
	 * @return the credit lines written
	 */
	long write(Path file, RunInfo run, Stream<CreditLine> credits, Map<String, BigDecimal> largest,
			List<IncidentRow> incidents) throws IOException {
		return write(file, run, credits, largest, incidents, Map.of());
	}

	/**
	 * @param decisions the latest decision of each decided line of the period
	 */
	long write(Path file, RunInfo run, Stream<CreditLine> credits, Map<String, BigDecimal> largest,
			List<IncidentRow> incidents, Map<LineKey, Decision> decisions) throws IOException {
		return StreamingWorkbook.write(file, (workbook) -> {
			Styles styles = new Styles(workbook, this.primaryColor);
			Sheet summary = workbook.createSheet("Summary");
			CreditsSheet creditsSheet = new CreditsSheet(workbook, styles, largest, this.maxRowsPerSheet);
			CreditTotals totals = new CreditTotals();
			credits.forEach((line) -> {
				creditsSheet.append(line, ReviewColumns.of(line,
						decisions.get(new LineKey(line.customerId(), line.service(), line.region()))));
				totals.add(line);
			});
			CreditFormulas formulas = new CreditFormulas(creditsSheet.finish());
			List<String> currencies = new ArrayList<>(totals.currencies());
			IncidentsSheet.write(workbook, styles, incidents, currencies, totals, formulas);
			new SummarySheet(summary, styles, this.primaryColor).write(run, totals,
					incidents.stream().filter((incident) -> !incident.isOpen()).toList(), formulas);
			workbook.setForceFormulaRecalculation(true);
			return creditsSheet.rows();
		});
	}

}
