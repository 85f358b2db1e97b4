package dev.aftercare.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RunTermsTests {

	@TempDir
	Path temp;

	@Test
	void aRunsStepsShareOneReadOfItsTermsAndALaterRunOnChangedInputsReadsThemAgain() throws Exception {
		Path terms = Files.copy(Path.of("../shared/spec/terms.example.yml"), this.temp.resolve("terms.yml"));
		RunTerms runTerms = new RunTerms();

		// a worker process serves one run, then the next, with the terms edited in place
		var first = runTerms.of(run(1, terms, "inputs-1"));
		var again = runTerms.of(run(1, terms, "inputs-1"));
		var next = runTerms.of(run(2, terms, "inputs-2"));

		assertThat(again).isSameAs(first);
		assertThat(next).isNotSameAs(first);
	}

	private RunParameters run(long run, Path terms, String inputs) {
		return new RunParameters(YearMonth.of(2026, 10), run, this.temp, this.temp, terms, inputs, false);
	}

}
