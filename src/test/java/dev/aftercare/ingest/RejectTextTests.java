package dev.aftercare.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RejectTextTests {

	@Test
	void readableTextIsKept() {
		assertThat(RejectText.of("C1,\"Ada\nLtd\",pro,USD,😀")).isEqualTo("C1,\"Ada\nLtd\",pro,USD,😀");
	}

	@Test
	void controlCharactersShowAsTheirPictures() {
		assertThat(RejectText.of("C1,Ada\u0000Ltd,\u0007,\tx")).isEqualTo("C1,Ada␀Ltd,␇,\tx");
	}

	@Test
	void bytesThatWereNotUtf8AndNonCharactersShowAsReplacement() {
		assertThat(RejectText.of("Caf" + Marks.NOT_UTF8 + ",\uD83D,\uFFFF")).isEqualTo("Caf�,�,�");
	}

	@Test
	void whatTheReaderCutIsMarked() {
		assertThat(RejectText.of("C1,Ada" + Marks.VALUE_CUT + ",pro" + Marks.RECORD_CUT))
			.isEqualTo("C1,Ada…[cut],pro…[cut]");
	}

	@Test
	void longRecordIsCutWithAMarker() {
		String text = RejectText.of("C1," + "x".repeat(100_000));
		assertThat(text).hasSize(RejectText.MAX + RejectText.CUT.length()).startsWith("C1,xx").endsWith("x…[cut]");
	}

}
