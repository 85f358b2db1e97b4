package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run stopped by SIGTERM (Kubernetes eviction, systemd stop) ends with exit 143 and one
 * line on stderr that says where it stopped and that the same command resumes it; the
 * same command then finishes it. Both JVMs run under umask 0000, where anything not
 * created private would be open to everyone.
 */
class StopSignalTests {

	private static final Path INPUT = PrivateOutputsTests.INPUT.toAbsolutePath();

	@Test
	void sigtermEndsTheRunWith143AndOneLineAndTheSameCommandFinishesIt() throws Exception {
		Path data = JobTestSupport.temporaryDirectory("stop-signal-pg").resolve("pgdata");
		Path output = JobTestSupport.temporaryDirectory("stop-signal-out");
		String[] command = { "--input=" + INPUT, "--output=" + output, "--period=2026-10" };

		ChildJob stopped = ChildJob.start("0000", data, List.of("-Daftercare.test.pause-in-step=ingestCustomers"),
				append(command, "--spring.main.sources=" + PauseInStep.class.getName()));
		stopped.awaitLine("paused in step ingestCustomers");
		stopped.terminate();
		assertThat(stopped.exitCode()).as(stopped.stdout()).isEqualTo(143);
		assertThat(stopped.stderr()).containsExactly("aftercare: stopped by SIGTERM or SIGINT during step "
				+ "ingestCustomers of run 1 of 2026-10; run the same command again to resume it");
		assertThat(output.resolve("2026-10")).doesNotExist();

		ChildJob resumed = ChildJob.start("0000", data, List.of(), command);
		assertThat(resumed.exitCode()).as(resumed.stdout()).isZero();
		assertThat(resumed.stderr()).isEmpty();
		Path period = output.resolve("2026-10");
		// run 1 resumed, not abandoned for a run 2
		assertThat(new ObjectMapper().readTree(period.resolve("run-summary.json").toFile()).get("run").asLong())
			.isEqualTo(1);
		assertThat(PrivateOutputsTests.modesUnder(period, "internal")).isEqualTo(PrivateOutputsTests.PRIVATE_MODES);
		// what is not private follows the umask: the proof that it was 0000
		assertThat(mode(period.resolve("credits.csv"))).isEqualTo("rw-rw-rw-");
		assertThat(mode(period.resolve("public/INC-1.pdf"))).isEqualTo("rw-rw-rw-");
	}

	private static String[] append(String[] command, String argument) {
		String[] longer = Arrays.copyOf(command, command.length + 1);
		longer[command.length] = argument;
		return longer;
	}

	private static String mode(Path file) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
	}

}
