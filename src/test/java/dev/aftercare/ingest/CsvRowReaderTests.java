package dev.aftercare.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

class CsvRowReaderTests {

	private static final String CUSTOMERS_HEADER = "customer_id,name,plan,currency\n";

	@TempDir
	Path dir;

	@Test
	void readsRowsByHeaderNameWithTheirLines() throws Exception {
		Path file = write("customers.csv",
				"currency, plan ,name,customer_id,extra\nUSD,pro,Ada,C1,x\nJPY,basic,Bo,C2,y\n");
		List<CsvRow> rows = readAll(file, InputFile.CUSTOMERS);
		assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
		assertThat(rows.get(0).file()).isEqualTo("customers.csv");
		assertThat(rows.get(0).values()).containsOnly(entry("currency", "USD"), entry("plan", "pro"),
				entry("name", "Ada"), entry("customer_id", "C1"), entry("extra", "x"));
		assertThat(rows.get(1).record()).isEqualTo("JPY,basic,Bo,C2,y");
	}

	@Test
	void leadingByteOrderMarkIsStripped() throws Exception {
		Path file = this.dir.resolve("customers.csv");
		Files.write(file, ("\uFEFF" + CUSTOMERS_HEADER + "C1,Ada,pro,USD\n").getBytes(StandardCharsets.UTF_8));
		List<CsvRow> rows = readAll(file, InputFile.CUSTOMERS);
		assertThat(rows).singleElement().satisfies((row) -> assertThat(row.get("customer_id")).isEqualTo("C1"));
	}

	@Test
	void multiLineRecordKeepsLineNumbersExact() throws Exception {
		Path file = write("customers.csv", CUSTOMERS_HEADER
				+ "C1,\"Ada\nLovelace\nLtd\",pro,USD\r\nC2,Bo,pro,USD\r\n\r\nC3,\"Cy, \"\"the\"\"\",pro,EUR");
		List<CsvRow> rows = readAll(file, InputFile.CUSTOMERS);
		assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L, 7L);
		assertThat(rows.get(0).raw("name")).isEqualTo("Ada\nLovelace\nLtd");
		assertThat(rows.get(0).record()).isEqualTo("C1,\"Ada\nLovelace\nLtd\",pro,USD");
		assertThat(rows.get(2).raw("name")).isEqualTo("Cy, \"the\"");
		assertThat(rows.get(2).record()).isEqualTo("C3,\"Cy, \"\"the\"\"\",pro,EUR");
	}

	@Test
	void shortRowLacksTheMissingColumns() throws Exception {
		Path file = write("customers.csv", CUSTOMERS_HEADER + "C1,Ada\n");
		CsvRow row = readAll(file, InputFile.CUSTOMERS).get(0);
		assertThat(row.values()).containsOnlyKeys("customer_id", "name");
		assertThat(row.get("plan")).isNull();
		assertThat(row.record()).isEqualTo("C1,Ada");
	}

	@Test
	void blankExtraColumnsInTheHeaderAreIgnored() throws Exception {
		Path file = write("customers.csv", "customer_id,,name,plan,currency,\nC1,x,Ada,pro,USD,y\n");
		CsvRow row = readAll(file, InputFile.CUSTOMERS).get(0);
		assertThat(row.values()).containsOnly(entry("customer_id", "C1"), entry("name", "Ada"), entry("plan", "pro"),
				entry("currency", "USD"));
		assertThat(row.record()).isEqualTo("C1,x,Ada,pro,USD,y");
	}

	@Test
	void missingFileFailsNamingIt() {
		CsvRowReader reader = new CsvRowReader(this.dir.resolve("customers.csv"), InputFile.CUSTOMERS);
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> reader.open(new ExecutionContext()))
			.withMessageStartingWith("customers.csv: cannot read ")
			.withMessageEndingWith("(no such file)");
	}

	@Test
	void headerWithoutARequiredColumnFailsOnOpen() throws Exception {
		Path file = write("customers.csv", "customer_id,name,currency\nC1,Ada,USD\n");
		CsvRowReader reader = new CsvRowReader(file, InputFile.CUSTOMERS);
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> reader.open(new ExecutionContext()))
			.withMessage("customers.csv line 1: header has no required column 'plan'");
	}

	@Test
	void emptyFileHasNoRequiredColumn() throws Exception {
		Path file = write("usage.csv", "");
		CsvRowReader reader = new CsvRowReader(file, InputFile.USAGE);
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> reader.open(new ExecutionContext()))
			.withMessage("usage.csv line 1: header has no required column 'customer_id'");
	}

	@Test
	void contractColumnTwiceInTheHeaderFails() throws Exception {
		Path file = write("customers.csv", "customer_id,name,plan,currency,plan\n");
		CsvRowReader reader = new CsvRowReader(file, InputFile.CUSTOMERS);
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> reader.open(new ExecutionContext()))
			.withMessage("customers.csv line 1: header has column 'plan' more than once");
	}

	@Test
	void unterminatedQuoteFailsNamingFileAndLine() throws Exception {
		Path file = write("customers.csv", CUSTOMERS_HEADER + "C1,Ada,pro,USD\nC2,\"Bo,pro,USD\nC3,Cy,pro,USD\n");
		CsvRowReader reader = new CsvRowReader(file, InputFile.CUSTOMERS);
		reader.open(new ExecutionContext());
		assertThat(reader.read().line()).isEqualTo(2);
		assertThatExceptionOfType(InputFileException.class).isThrownBy(reader::read)
			.withMessageStartingWith("customers.csv line 3: malformed CSV");
		reader.close();
	}

	@Test
	void invalidUtf8IsMarkedInItsValueAndTheRowsAfterItAreRead() throws Exception {
		Path file = this.dir.resolve("customers.csv");
		Files.write(file, bytes(CUSTOMERS_HEADER + "C1,", new byte[] { (byte) 0xC3 }, ",pro,USD\nC2,Bo,pro,USD\n"));
		List<CsvRow> rows = readAll(file, InputFile.CUSTOMERS);
		assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
		assertThat(rows.get(0).raw("name")).isEqualTo(String.valueOf(Marks.NOT_UTF8));
		assertThat(rows.get(1).raw("name")).isEqualTo("Bo");
	}

	@Test
	void headerThatIsNotUtf8FailsOnOpen() throws Exception {
		Path file = this.dir.resolve("customers.csv");
		Files.write(file, bytes("customer_id,name,plan,currency,x", new byte[] { (byte) 0xFF }, "\nC1,Ada,pro,USD\n"));
		CsvRowReader reader = new CsvRowReader(file, InputFile.CUSTOMERS);
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> reader.open(new ExecutionContext()))
			.withMessage("customers.csv line 1: header is not valid UTF-8");
	}

	@Test
	void tenMegabyteValueIsCutAndLaterRowsKeepTheirLines() throws Exception {
		String huge = "x".repeat(5_000_000) + "\n" + "y".repeat(5_000_000);
		Path file = write("customers.csv",
				CUSTOMERS_HEADER + "C1,\"" + huge + "\n\",pro,USD\nC2,Bo,pro,USD\n\nC3,\"Cy\nLtd\",pro,EUR\n");
		List<CsvRow> rows = readAll(file, InputFile.CUSTOMERS);
		assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L, 7L);
		assertThat(rows.get(0).raw("name")).hasSize(Limits.VALUE_CAP + 1)
			.startsWith("xxx")
			.endsWith(String.valueOf(Marks.VALUE_CUT));
		assertThat(rows.get(0).get("plan")).isEqualTo("pro");
		assertThat(rows.get(2).raw("name")).isEqualTo("Cy\nLtd");
	}

	private static byte[] bytes(String head, byte[] middle, String tail) {
		byte[] start = head.getBytes(StandardCharsets.UTF_8);
		byte[] end = tail.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[start.length + middle.length + end.length];
		System.arraycopy(start, 0, bytes, 0, start.length);
		System.arraycopy(middle, 0, bytes, start.length, middle.length);
		System.arraycopy(end, 0, bytes, start.length + middle.length, end.length);
		return bytes;
	}

	@Test
	void restartSkipsTheRowsAlreadyRead() throws Exception {
		Path file = write("customers.csv", CUSTOMERS_HEADER + "C1,Ada,pro,USD\nC2,Bo,pro,USD\nC3,Cy,pro,USD\n");
		ExecutionContext context = new ExecutionContext();
		CsvRowReader first = new CsvRowReader(file, InputFile.CUSTOMERS);
		first.open(context);
		first.read();
		first.read();
		first.update(context);
		first.close();
		assertThat(context.getInt("CUSTOMERS.read.count")).isEqualTo(2);
		CsvRowReader again = new CsvRowReader(file, InputFile.CUSTOMERS);
		again.open(context);
		CsvRow row = again.read();
		assertThat(row.get("customer_id")).isEqualTo("C3");
		assertThat(row.line()).isEqualTo(4);
		assertThat(again.read()).isNull();
		again.close();
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static List<CsvRow> readAll(Path file, InputFile kind) throws Exception {
		CsvRowReader reader = new CsvRowReader(file, kind);
		reader.open(new ExecutionContext());
		try {
			List<CsvRow> rows = new ArrayList<>();
			for (CsvRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
			return rows;
		}
		finally {
			reader.close();
		}
	}

}
