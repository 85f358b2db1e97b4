package dev.aftercare.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database the job makes for itself when none is configured.
 */
class EmbeddedDatabaseTests extends JobTestSupport {

	@Test
	void aNewEmbeddedDatabaseComparesTextByCodePoint() {
		assertThat(this.jdbc.queryForObject(
				"SELECT datlocprovider::text || ' ' || datlocale FROM pg_database WHERE datname = current_database()",
				String.class))
			.isEqualTo("b C.UTF-8");
		// upper case first, accented letters last: code point order, not a
		// dictionary's order
		assertThat(this.jdbc.queryForObject(
				"SELECT string_agg(x, ' ' ORDER BY x) FROM (VALUES ('é'), ('b'), ('Z'), ('a'), ('B')) AS v(x)",
				String.class))
			.isEqualTo("B Z a b é");
	}

}
