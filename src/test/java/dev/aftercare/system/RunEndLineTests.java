package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import dev.aftercare.run.RunParameters;
import dev.aftercare.summary.RunFigures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunEndLineTests {

	private static final RunParameters RUN_3 = new RunParameters(YearMonth.of(2026, 10), 3, Path.of("in"),
			Path.of("out"), null, null, false);

	@Test
	void aCompletedRunGivesItsCreditsPerCurrencyRejectsAndTime() {
		Map<String, BigDecimal> credits = new LinkedHashMap<>();
		credits.put("EUR", new BigDecimal("5928.44"));
		credits.put("JPY", new BigDecimal("268000"));
		RunFigures figures = new RunFigures(credits, Map.of("EUR", 173L, "JPY", 2L),
				Map.of("usage.csv", Map.of("requests '…' is not a whole number ≥ 0", 1200L)));
		assertThat(RunEndLine.of(new RunOutcome(ExitCode.SUCCESS_WITH_REJECTS, null, RUN_3, figures),
				Duration.ofMillis(23_449)))
			.isEqualTo("Run 3 of 2026-10 completed, exit code 4: credits EUR 5928.44 (173 lines),"
					+ " JPY 268000 (2 lines); 1,200 rejected rows; 23.4 s");
	}

	@Test
	void aRefusedRunSaysSoWithNoCredits() {
		assertThat(RunEndLine.of(RunOutcome.failed(ExitCode.INVALID_INPUT, "bad", null), Duration.ofMillis(950)))
			.isEqualTo("The run refused, exit code 2: credits none; 0 rejected rows; 1.0 s");
		assertThat(RunEndLine.of(RunOutcome.failed(ExitCode.FAILURE, "broke", RUN_3), Duration.ofSeconds(61)))
			.isEqualTo("Run 3 of 2026-10 failed, exit code 1: credits none; 0 rejected rows; 61.0 s");
	}

}
