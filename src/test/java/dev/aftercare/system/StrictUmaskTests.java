package dev.aftercare.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a strict umask the internal outputs are still readable by the job's group, whom
 * they are for: the mode is set exactly, not left to the umask. (StopSignalTests holds
 * the other end, umask 0000.)
 */
class StrictUmaskTests {

	@Test
	void underUmask0077TheGroupStillReadsTheInternalOutputs() throws Exception {
		Path output = JobTestSupport.temporaryDirectory("strict-umask-out");
		ChildJob run = ChildJob.start("0077", JobTestSupport.temporaryDirectory("strict-umask-pg").resolve("pgdata"),
				List.of(), "--input=" + PrivateOutputsTests.INPUT.toAbsolutePath(), "--output=" + output,
				"--period=2026-10");
		assertThat(run.exitCode()).as(run.stdout()).isZero();
		Path period = output.resolve("2026-10");
		assertThat(PrivateOutputsTests.modesUnder(period, "internal")).isEqualTo(PrivateOutputsTests.PRIVATE_MODES);
		// what is not private follows the umask: the proof that it was 0077
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(period.resolve("credits.csv"))))
			.isEqualTo("rw-------");
	}

}
