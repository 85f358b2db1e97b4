package dev.aftercare.impact;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.aftercare.system.JobTestSupport;
import dev.aftercare.system.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident catalog is a fact of the run: the impact windows, every compute partition,
 * both workbooks and the postmortems all use the one built for the run.
 */
class IncidentCatalogOncePerRunTests extends JobTestSupport {

	@Autowired
	IncidentCatalogs catalogs;

	@Test
	void aRunBuildsItsIncidentCatalogOnceForAllItsSteps() {
		long before = this.catalogs.built();

		RunOutcome outcome = run(Path.of("src/test/resources/xlsx-run"), temporaryDirectory("catalog-once"), "2026-10");

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		assertThat(this.catalogs.built() - before).isOne();
	}

	@Test
	void theNextRunBuildsItsOwnFromWhatItLoaded() {
		long before = this.catalogs.built();

		RunOutcome first = run(Path.of("src/test/resources/xlsx-run"), temporaryDirectory("catalog-first"), "2026-10");
		RunOutcome second = run(Path.of("src/test/resources/xlsx-run"), temporaryDirectory("catalog-second"),
				"2026-10");

		assertThat(first.succeeded()).as(first.message()).isTrue();
		assertThat(second.succeeded()).as(second.message()).isTrue();
		assertThat(this.catalogs.built() - before).isEqualTo(2);
	}

}
