package dev.aftercare.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;

/**
 * Loads one CSV file into a table of its own, named after the file, with one TEXT column
 * per header column: no types, no checks, no indexes, so that what is measured is COPY.
 */
final class CsvCopy {

	private static final int BUFFER_SIZE = 1 << 16;

	private final Connection connection;

	CsvCopy(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Creates the file's table afresh and streams the file into it, in one transaction,
	 * so that the server may skip WAL and freeze the rows as it does for the job's usage;
	 * returns the rows.
	 */
	long load(Path file) throws IOException, SQLException {
		String table = identifier(tableName(file));
		List<String> columns = header(file).stream().map(CsvCopy::identifier).toList();
		boolean autoCommit = this.connection.getAutoCommit();
		this.connection.setAutoCommit(false);
		try {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("DROP TABLE IF EXISTS " + table);
				statement.execute("CREATE TABLE " + table + " (" + String.join(" TEXT, ", columns) + " TEXT)");
			}
			String copy = "COPY " + table + " (" + String.join(", ", columns)
					+ ") FROM STDIN (FORMAT csv, HEADER true, ENCODING 'UTF8', FREEZE true)";
			long rows;
			try (InputStream in = Files.newInputStream(file)) {
				rows = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, in, BUFFER_SIZE);
			}
			this.connection.commit();
			return rows;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			this.connection.rollback();
			throw ex;
		}
		finally {
			this.connection.setAutoCommit(autoCommit);
		}
	}

	static String tableName(Path file) {
		String name = file.getFileName().toString();
		return "floor_" + name.substring(0, name.length() - ".csv".length());
	}

	static List<String> header(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new IOException(file + " has no header");
			}
			List<String> columns = new ArrayList<>(records.next().toList());
			columns.set(0, columns.get(0).replace("\uFEFF", ""));
			return columns;
		}
	}

	private static String identifier(String name) {
		return "\"" + name.replace("\"", "\"\"") + "\"";
	}

}
