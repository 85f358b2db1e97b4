package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.aftercare.credits.Basis;
import dev.aftercare.credits.CreditLine;

/**
 * Reads back the {@code credits.csv} the run has just written, so that the Credits sheet
 * holds exactly its lines, in its order. The lines stream: close the stream.
 */
final class CreditsCsv {

	private CreditsCsv() {
	}

	static Stream<CreditLine> read(Path file) throws IOException {
		CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
		return parser.stream().map(CreditsCsv::line).onClose(() -> {
			try {
				parser.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	static CreditLine line(CSVRecord record) {
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
