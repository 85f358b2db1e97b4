package dev.aftercare.run;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ProgressTests {

	@AfterEach
	void asByDefault() {
		Progress.configure(true, Duration.ofSeconds(5));
	}

	@Test
	void aLineGivesRowsRateShareAndTimeLeft() {
		// 37 % in 30 s: 63 % more takes about 51 s
		assertThat(Progress.line("ingestUsage", 1_200_000, Duration.ofSeconds(30), 370, 1000))
			.isEqualTo("ingestUsage: 1,200,000 rows, 40,000 rows/s, 37 % done, about 51 s left");
		assertThat(Progress.line("ingestUsage", 100, Duration.ofSeconds(60), 1, 100))
			.isEqualTo("ingestUsage: 100 rows, 1 rows/s, 1 % done, about 99 min left");
	}

	@Test
	void withoutATotalThereIsNoTimeLeft() {
		assertThat(Progress.line("exportCsv", 500, Duration.ofSeconds(10), -1, -1))
			.isEqualTo("exportCsv: 500 rows, 50 rows/s");
	}

	@Test
	void aLineComesOnlyOnceTheIntervalHasPassed(CapturedOutput output) {
		Progress.configure(true, Duration.ofHours(1));
		new Progress("slowStep").update(10, 1, 10);
		assertThat(output.getOut()).doesNotContain("slowStep");
		Progress.configure(true, Duration.ZERO);
		new Progress("slowStep").update(10, 1, 10);
		assertThat(output.getOut()).contains("slowStep: 10 rows");
	}

	@Test
	void quietWhenTurnedOffAsInCi(CapturedOutput output) {
		Progress.configure(false, Duration.ZERO);
		new Progress("ciStep").update(10, 1, 10);
		assertThat(output.getOut()).doesNotContain("ciStep");
	}

}
