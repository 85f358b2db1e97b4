package dev.aftercare.speed;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CopyStream} and {@link CopyCsv} against the plain path: the same rows printed by
 * Commons CSV and sent with the driver's {@code CopyManager}, arrays as the driver writes
 * them. Both tables must then hold the same values, text for text.
 */
class CopyStreamTests {

	private static final String COLUMNS = "(id bigint, name text, amount numeric, day date, at timestamptz,"
			+ " flag boolean, services text[])";

	private static final String COPY = " (id, name, amount, day, at, flag, services) FROM STDIN (FORMAT csv)";

	private static final List<String> TEXTS = List.of("plain", "", "Café Olé, S.L.", "say \"hi\"", "two\nlines",
			"cr\r\nlf", "back\\slash", "{braces}", "NULL", "\\N", "😀 日本語 Müller", " spaced ", "a,b,\"c\"\n");

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	@Test
	void copyStreamStoresWhatCommonsCsvAndCopyManagerStore() throws Exception {
		List<Object[]> rows = rows();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE ours " + COLUMNS);
			statement.execute("CREATE TABLE plain " + COLUMNS);
			try (CopyStream copy = CopyStream.open(connection, "COPY ours" + COPY)) {
				for (Object[] row : rows) {
					copy.row(row);
				}
				assertThat(copy.count()).isEqualTo(rows.size());
			}
			StringWriter text = new StringWriter();
			try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.POSTGRESQL_CSV)) {
				for (Object[] row : rows) {
					Object[] printed = row.clone();
					if (printed[6] instanceof List<?> services) {
						printed[6] = connection.createArrayOf("text", services.toArray()).toString();
					}
					printer.printRecord(printed);
				}
			}
			long copied = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY plain" + COPY, new StringReader(text.toString()));
			assertThat(copied).isEqualTo(rows.size());
			List<String> ours = read(statement, "ours");
			assertThat(ours).hasSize(rows.size()).isEqualTo(read(statement, "plain"));
		}
	}

	// more rows than one block of the stream holds, every text in every column that takes
	// one
	private static List<Object[]> rows() {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			String name = TEXTS.get(i % TEXTS.size());
			List<String> services = (i % 7 == 0) ? null : List.of(name, TEXTS.get((i + 3) % TEXTS.size()));
			BigDecimal amount = (i % 11 == 0) ? null : new BigDecimal(i).movePointLeft(2).negate().add(BigDecimal.TEN);
			rows.add(new Object[] { (long) i, (i % 13 == 0) ? null : name, amount,
					LocalDate.of(2026, 1, 1).plusDays(i % 400),
					Instant.parse("2026-10-03T14:05:00Z").plusSeconds(i * 61L), i % 2 == 0, services });
		}
		rows.add(new Object[] { 5_000L, "1E+3", new BigDecimal("1E+3"), null, null, null, List.of() });
		return rows;
	}

	private static List<String> read(Statement statement, String table) throws Exception {
		List<String> rows = new ArrayList<>();
		try (ResultSet result = statement.executeQuery("SELECT id, name, amount::text, day::text, at::text,"
				+ " flag::text, services::text FROM " + table + " ORDER BY id")) {
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int column = 1; column <= 7; column++) {
					String value = result.getString(column);
					row.append((value == null) ? "<null>" : "[" + value + "]").append(' ');
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

}
