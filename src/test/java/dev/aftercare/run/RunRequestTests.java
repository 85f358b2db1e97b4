package dev.aftercare.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RunRequestTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T05:15:00Z"), ZoneOffset.UTC);

	@TempDir
	Path input;

	@Test
	void aPlainRunNeitherStartsANewRunNorAcceptsAShrink() {
		RunRequest request = parse("--input=" + this.input, "--output=out");
		assertThat(request.newRun()).isFalse();
		assertThat(request.acceptShrink()).isFalse();
		assertThat(request.period()).hasToString("2026-10");
	}

	@Test
	void theSwitchesAreTakenWithoutAValue() {
		RunRequest request = parse("--input=" + this.input, "--output=out", "--new-run", "--accept-shrink");
		assertThat(request.newRun()).isTrue();
		assertThat(request.acceptShrink()).isTrue();
	}

	@Test
	void aSwitchWithAnotherValueIsRefused() {
		assertThatExceptionOfType(InvalidRunException.class)
			.isThrownBy(() -> parse("--input=" + this.input, "--output=out", "--accept-shrink=yes"))
			.withMessage("--accept-shrink takes no value; usage: --input=DIR --output=DIR [--period=YYYY-MM]"
					+ " [--terms=FILE] [--exit-code-on-rejects] [--new-run] [--accept-shrink]; --help says more");
	}

	private static RunRequest parse(String... args) {
		return RunRequest.parse(new DefaultApplicationArguments(args), CLOCK);
	}

}
