package dev.aftercare.reports.xlsx;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

import dev.aftercare.credits.Basis;
import dev.aftercare.credits.CreditLine;
import dev.aftercare.credits.CreditLines;
import dev.aftercare.reports.GeneratedMonth;
import dev.aftercare.system.JobTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credit review reads the run's credit lines through the query that writes
 * {@code credits.csv}, no longer the file itself: over a generated month, the lines are
 * those that reading the file back used to give, in its order, value for value.
 */
class CreditReviewLinesTests extends JobTestSupport {

	@Test
	void theReviewsLinesAreThoseOfCreditsCsvInItsOrder() throws Exception {
		GeneratedMonth month = GeneratedMonth.get((in, out) -> run(in, out, GeneratedMonth.PERIOD), this.jdbc);
		List<CreditLine> file = readBack(month);
		List<CreditLine> stored;
		try (Stream<CreditLine> lines = CreditLines.of(this.jdbc, month.runId())) {
			stored = lines.toList();
		}

		assertThat(file).hasSizeGreaterThan(1000);
		assertThat(file).anySatisfy((line) -> assertThat(line.incidentIds()).hasSizeGreaterThan(1));
		assertThat(stored)
			.usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
				.build())
			.containsExactlyElementsOf(file);
	}

	/** What the review read before: credits.csv parsed back, as it used to be. */
	private static List<CreditLine> readBack(GeneratedMonth month) throws Exception {
		try (Reader reader = Files.newBufferedReader(month.period().resolve("credits.csv"), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.stream()
				.map(CreditReviewLinesTests::line)
				.toList();
		}
	}

	private static CreditLine line(CSVRecord record) {
		String slaTarget = record.get("sla_target");
		return new CreditLine(YearMonth.parse(record.get("period")), record.get("customer_id"),
				record.get("customer_name"), record.get("plan"), record.get("service"), record.get("region"),
				record.get("currency"), record.get("monthly_fee"), new BigDecimal(record.get("downtime_minutes")),
				new BigDecimal(record.get("uptime_percent")), slaTarget.isEmpty() ? null : new BigDecimal(slaTarget),
				new BigDecimal(record.get("credit_percent")),
				Basis.valueOf(record.get("basis").toUpperCase(Locale.ROOT)),
				new BigDecimal(record.get("credit_amount")), List.of(record.get("incident_ids").split(";")));
	}

}
