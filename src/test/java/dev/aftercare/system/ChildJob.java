package dev.aftercare.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.aftercare.ChildOutput;

/**
 * The job's real {@code main} in a JVM of its own, on the tests' classpath, under a
 * chosen umask, with its embedded PostgreSQL in the given data directory: what a
 * scheduler starts, and stops with a signal.
 */
final class ChildJob {

	private final Process process;

	private final Path stderr;

	private final ChildOutput stdout;

	private ChildJob(Process process, Path stderr) {
		this.process = process;
		this.stderr = stderr;
		this.stdout = ChildOutput.of(process, "child");
	}

	/**
	 * Starts {@code java [jvmOptions] dev.aftercare.AftercareApplication [arguments]}
	 * after {@code umask}.
	 */
	static ChildJob start(String umask, Path dataDirectory, List<String> jvmOptions, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh",
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
		command.addAll(jvmOptions);
		command.add("dev.aftercare.AftercareApplication");
		command.add("--aftercare.embedded-database.data-directory=" + dataDirectory.toAbsolutePath());
		command.add("--aftercare.embedded-database.durable=false");
		command.addAll(List.of(arguments));
		Path stderr = Files.createTempFile("child-job", ".stderr");
		Process process = new ProcessBuilder(command).redirectErrorStream(false).redirectError(stderr.toFile()).start();
		process.getOutputStream().close();
		return new ChildJob(process, stderr);
	}

	/** Waits until the child prints {@code line} on stdout; fails if it ends first. */
	void awaitLine(String line) throws InterruptedException {
		if (this.stdout.await(line::equals, Duration.ofDays(1)) == null) {
			throw new AssertionError(
					"the child ended without printing '" + line + "':\n" + stdout() + "\nstderr:\n" + stderr());
		}
	}

	/** Sends SIGTERM, as Kubernetes and systemd do. */
	void terminate() {
		this.process.destroy();
	}

	/** Waits for the child to end and gives its exit code. */
	int exitCode() throws InterruptedException {
		if (!this.process.waitFor(5, TimeUnit.MINUTES)) {
			this.process.destroyForcibly();
			throw new AssertionError("the child did not end:\n" + stdout());
		}
		return this.process.exitValue();
	}

	List<String> stderr() {
		try {
			return Files.readAllLines(this.stderr);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String stdout() {
		return this.stdout.text();
	}

}
