package dev.aftercare.speed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyCsvTests {

	@Test
	void plainTextGoesAsItIsAndTextWithSeparatorsOrQuotesIsQuoted() {
		assertThat(value("C000001")).isEqualTo("C000001");
		assertThat(value("Café Olé, S.L.")).isEqualTo("\"Café Olé, S.L.\"");
		assertThat(value("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(value("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void emptyTextIsQuotedSoThatOnlyAMissingValueIsNull() {
		assertThat(value("")).isEqualTo("\"\"");
		assertThat(value(null)).isEmpty();
	}

	@Test
	void numbersDatesInstantsAndListsAreWrittenAsPostgreSqlReadsThem() {
		assertThat(value(new BigDecimal("10.50"))).isEqualTo("10.50");
		assertThat(value(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(value(Instant.parse("2026-10-03T14:05:00Z"))).isEqualTo("2026-10-03T14:05:00Z");
		assertThat(value(List.of("api", "a \"b\", c"))).isEqualTo("\"{\"\"api\"\",\"\"a \\\"\"b\\\"\", c\"\"}\"");
	}

	@Test
	void datesAreZeroPadded() {
		StringBuilder out = new StringBuilder();
		CopyCsv.date(out, LocalDate.of(2026, 3, 7));
		assertThat(out).hasToString("2026-03-07");
	}

	private static String value(Object value) {
		StringBuilder out = new StringBuilder();
		CopyCsv.value(out, value);
		return out.toString();
	}

}
