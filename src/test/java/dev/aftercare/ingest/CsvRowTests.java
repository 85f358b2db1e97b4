package dev.aftercare.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowTests {

	private final CsvRow row = new CsvRow("customers.csv", 2,
			Map.of("customer_id", " C1 ", "name", "  Ada ", "email", "", "phone", "   "), List.of());

	@Test
	void getTrims() {
		assertThat(this.row.get("customer_id")).isEqualTo("C1");
	}

	@Test
	void rawKeepsTheValueExactly() {
		assertThat(this.row.raw("name")).isEqualTo("  Ada ");
	}

	@Test
	void emptyOrBlankOrMissingIsAbsent() {
		assertThat(this.row.get("email")).isNull();
		assertThat(this.row.get("phone")).isNull();
		assertThat(this.row.raw("phone")).isNull();
		assertThat(this.row.get("plan")).isNull();
		assertThat(this.row.raw("plan")).isNull();
	}

	@Test
	void recordTextQuotesOnlyWhatNeedsIt() {
		assertThat(RecordText.of(List.of("C1", "=HYPERLINK(\"x\")", "a,b", "two\nlines", "", " sp ")))
			.isEqualTo("C1,\"=HYPERLINK(\"\"x\"\")\",\"a,b\",\"two\nlines\",, sp ");
	}

}
