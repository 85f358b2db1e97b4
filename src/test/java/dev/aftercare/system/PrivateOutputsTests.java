package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The internal postmortems and the monthly report name root causes, customers and
 * credits: under the test JVM's umask they are open to the job's user and group only,
 * while the run writes them aside and once they are published.
 */
class PrivateOutputsTests extends JobTestSupport {

	static final Path INPUT = Path.of("src/test/resources/runs/postmortems");

	static final Map<String, String> PRIVATE_MODES = Map.of("internal", "rwxr-x---", "internal/INC-1.pdf", "rw-r-----",
			"internal/INC-2.pdf", "rw-r-----", "internal/reliability-report.pdf", "rw-r-----");

	@Test
	void internalOutputsAreClosedToOthersInStagingAndOncePublished() throws IOException {
		Path output = temporaryDirectory("private-outputs");
		// the run stops after every output is written, before they are published
		this.faults.failOnce("writeSummary", 1);
		assertThat(run(INPUT, output, "2026-10").exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(modesUnder(output.resolve(".2026-10.incomplete"), "internal")).isEqualTo(PRIVATE_MODES);
		assertThat(run(INPUT, output, "2026-10").exitCode()).isEqualTo(ExitCode.SUCCESS);
		assertThat(modesUnder(output.resolve("2026-10"), "internal")).isEqualTo(PRIVATE_MODES);
	}

	/** The mode of {@code folder} and of everything in it, by path from {@code root}. */
	static Map<String, String> modesUnder(Path root, String folder) throws IOException {
		Map<String, String> modes = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root.resolve(folder))) {
			for (Path path : paths.toList()) {
				modes.put(root.relativize(path).toString(),
						PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
			}
		}
		return modes;
	}

}
