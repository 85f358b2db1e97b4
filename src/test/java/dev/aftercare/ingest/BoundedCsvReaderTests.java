package dev.aftercare.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedCsvReaderTests {

	private static final String CUT = String.valueOf(Marks.VALUE_CUT);

	private static final String RECORD_CUT = String.valueOf(Marks.RECORD_CUT);

	@Test
	void csvWithinTheCapsPassesUnchanged() throws IOException {
		String csv = "a,\"b,\"\"c\"\"\",d\r\n\"multi\nline\",,\"\"\n\nplain \"quote\" inside,x\r\"open";
		assertThat(passed(csv, 100, 1_000)).isEqualTo(csv);
	}

	@Test
	void plainValueOverTheCapIsCutAndMarked() throws IOException {
		assertThat(passed("id,abcdefghij,z\nnext,ok,1\n", 4, 1_000)).isEqualTo("id,abcd" + CUT + ",z\nnext,ok,1\n");
	}

	@Test
	void quotedValueOverTheCapIsCutMarkedAndClosed() throws IOException {
		assertThat(passed("\"ab\"\"cdef\"\"gh\nij\",z\n", 4, 1_000)).isEqualTo("\"ab\"\"c" + CUT + "\",z\n");
		// an escaped quote past the cap: both halves go, so the quote stays escaped
		assertThat(passed("\"abc\"\"\"\"x\",z\n", 4, 1_000)).isEqualTo("\"abc\"\"\"\"" + CUT + "\",z\n");
	}

	@Test
	void quoteLeftOpenByACutValueIsClosedAtTheEnd() throws IOException {
		assertThat(passed("\"abcdefgh", 4, 1_000)).isEqualTo("\"abcd" + CUT + "\"");
	}

	@Test
	void recordOverTheCapLosesTheRestAndItsLastValueIsMarked() throws IOException {
		assertThat(passed("ab,cd,ef,gh\nx,y\n", 100, 5)).isEqualTo("ab,cd," + RECORD_CUT + "\nx,y\n");
		assertThat(passed(",,,,,,,,,,,\nx\n", 100, 5)).isEqualTo(",,,,," + RECORD_CUT + "\nx\n");
		assertThat(passed("ab,\"cd\ne\"\"f\",gh\nx\n", 100, 5)).isEqualTo("ab,\"c" + RECORD_CUT + "\"\nx\n");
	}

	@Test
	void lineBreaksDroppedFromACutValueAreCountedForTheRecordsAfterIt() throws IOException {
		String csv = "h\n\"abcd\n\ne\r\nf\rg\"\nnext\n";
		BoundedCsvReader reader = new BoundedCsvReader(new StringReader(csv), 4, 1_000);
		List<CSVRecord> records = CSVParser.parse(reader, CSVFormat.RFC4180).getRecords();
		assertThat(records).hasSize(3);
		assertThat(records.get(1).get(0)).isEqualTo("abcd" + CUT);
		assertThat(reader.droppedLinesBefore(records.get(1).getCharacterPosition())).isZero();
		// \n, \n, \r\n and \r: four lines, as the parser counts them
		assertThat(reader.droppedLinesBefore(records.get(2).getCharacterPosition())).isEqualTo(4);
	}

	@Test
	void aValueOfTenMillionCharactersNeverReachesTheParser() throws IOException {
		Reader endless = new Reader() {

			private long left = 10_000_000;

			@Override
			public int read(char[] buffer, int offset, int length) {
				if (this.left == 0) {
					return -1;
				}
				int count = (int) Math.min(length, this.left);
				java.util.Arrays.fill(buffer, offset, offset + count, 'x');
				this.left -= count;
				return count;
			}

			@Override
			public void close() {
			}

		};
		List<CSVRecord> records = CSVParser.parse(new BoundedCsvReader(endless), CSVFormat.RFC4180).getRecords();
		assertThat(records).singleElement()
			.satisfies((record) -> assertThat(record.get(0)).hasSize(Limits.VALUE_CAP + 1).endsWith(CUT));
	}

	@Test
	void runsOfPlainTextGoTheWayTheyGoOneCharacterAtATime() throws IOException {
		java.util.Random random = new java.util.Random(19);
		char[] alphabet = { 'a', 'b', ',', '"', '\n', '\r', ' ', 'é' };
		for (int round = 0; round < 2_000; round++) {
			char[] text = new char[random.nextInt(200)];
			for (int i = 0; i < text.length; i++) {
				text[i] = alphabet[random.nextInt(alphabet.length)];
			}
			String csv = new String(text);
			int valueCap = 1 + random.nextInt(12);
			int recordCap = 1 + random.nextInt(40);
			BoundedCsvReader fast = new BoundedCsvReader(new StringReader(csv), valueCap, recordCap, true);
			BoundedCsvReader plain = new BoundedCsvReader(new StringReader(csv), valueCap, recordCap, false);
			assertThat(passed(fast)).as(csv).isEqualTo(passed(plain));
			for (long position = 0; position <= csv.length() + 2; position++) {
				assertThat(fast.droppedLinesBefore(position)).isEqualTo(plain.droppedLinesBefore(position));
			}
		}
	}

	private static String passed(String csv, int valueCap, int recordCap) throws IOException {
		return passed(new BoundedCsvReader(new StringReader(csv), valueCap, recordCap));
	}

	private static String passed(BoundedCsvReader bounded) throws IOException {
		StringBuilder out = new StringBuilder();
		try (Reader reader = bounded) {
			char[] buffer = new char[3];
			for (int count = reader.read(buffer); count >= 0; count = reader.read(buffer)) {
				out.append(buffer, 0, count);
			}
		}
		return out.toString();
	}

}
