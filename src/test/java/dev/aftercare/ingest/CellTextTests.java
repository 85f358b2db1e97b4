package dev.aftercare.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CellTextTests {

	@Test
	void textWithTabsLineBreaksAndAnyScriptPasses() {
		assertThatCode(() -> CellText.check("message", "Ada\tLovelace\r\nЛавлейс 😀 =1+1")).doesNotThrowAnyException();
	}

	@Test
	void nulIsRejectedWithItsPlace() {
		assertThat(reason("name", "Ada\u0000Ltd")).isEqualTo("name holds a NUL byte at character 4");
	}

	@Test
	void otherControlCharactersAreRejected() {
		assertThat(reason("title", "\u0007bell")).isEqualTo("title holds the control character U+0007 at character 1");
		assertThat(reason("title", "a\u001Bb")).isEqualTo("title holds the control character U+001B at character 2");
	}

	@Test
	void bytesThatWereNotUtf8AreRejected() {
		assertThat(reason("name", "Caf" + Marks.NOT_UTF8))
			.isEqualTo("name holds bytes that are not valid UTF-8 at character 4");
		assertThat(reason("name", "\uD83D")).isEqualTo("name holds bytes that are not valid UTF-8 at character 1");
	}

	@Test
	void nonCharactersAWorkbookCannotHoldAreRejected() {
		assertThat(reason("subject", "x\uFFFF"))
			.isEqualTo("subject holds U+FFFF, which is not a character (a workbook cannot hold it), at character 2");
	}

	@Test
	void valueOverItsColumnsLimitIsRejectedWithTheLimit() {
		assertThatCode(() -> CellText.check("incident_id", "I".repeat(Limits.ID))).doesNotThrowAnyException();
		assertThat(reason("incident_id", "I".repeat(300)))
			.isEqualTo("incident_id has 300 characters, over its limit of 200");
	}

	@Test
	void valueTheReaderCutSaysItWasLongerThanTheCap() {
		assertThat(reason("name", "x".repeat(Limits.VALUE_CAP) + Marks.VALUE_CUT))
			.isEqualTo("name has more than 5,000 characters, over its limit of 300");
		assertThat(reason("message", "x".repeat(Limits.VALUE_CAP) + Marks.VALUE_CUT))
			.isEqualTo("message has more than 5,000 characters, over its limit of 5,000");
	}

	private static String reason(String column, String value) {
		return assertThatExceptionOfType(RowRejection.class).isThrownBy(() -> CellText.check(column, value))
			.actual()
			.getMessage();
	}

}
