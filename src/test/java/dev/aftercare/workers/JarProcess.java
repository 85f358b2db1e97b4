package dev.aftercare.workers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.aftercare.ChildOutput;

/**
 * {@code java ... -jar target/aftercare.jar ...} as ops start it: the built jar, in a JVM
 * of its own, its stdout read as it comes.
 */
final class JarProcess implements AutoCloseable {

	static final Path JAR = Path.of("target/aftercare.jar").toAbsolutePath();

	private final String name;

	private final Process process;

	private final Path stderr;

	private final ChildOutput stdout;

	private JarProcess(String name, Process process, Path stderr) {
		this.name = name;
		this.process = process;
		this.stderr = stderr;
		this.stdout = ChildOutput.of(process, name);
	}

	/** Starts {@code java [jvmOptions] -jar aftercare.jar [arguments]}. */
	static JarProcess start(String name, Map<String, String> environment, List<String> jvmOptions,
			List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1"));
		command.addAll(jvmOptions);
		command.addAll(jvmOptions.stream().anyMatch((option) -> option.startsWith("-Dloader.path"))
				? List.of("-cp", JAR.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher")
				: List.of("-jar", JAR.toString()));
		command.addAll(arguments);
		Path stderr = Files.createTempFile(name, ".stderr");
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("CI", "true");
		Process process = builder.start();
		process.getOutputStream().close();
		return new JarProcess(name, process, stderr);
	}

	/** Waits for a line of stdout that contains {@code text}, and gives it. */
	String awaitLine(String text) throws InterruptedException {
		String line = this.stdout.await((said) -> said.contains(text), Duration.ofMinutes(5));
		if (line == null) {
			throw new AssertionError(this.name + " did not print '" + text + "':\n" + output());
		}
		return line;
	}

	/** Waits for the process to end and gives its exit code. */
	int exitCode() throws InterruptedException {
		if (!this.process.waitFor(10, TimeUnit.MINUTES)) {
			this.process.destroyForcibly();
			throw new AssertionError(this.name + " did not end:\n" + output());
		}
		return this.process.exitValue();
	}

	/** {@code kill -9}: no hook, no last word. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	List<String> stderr() {
		try {
			return Files.readAllLines(this.stderr);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String output() {
		return this.stdout.text() + "\nstderr:\n" + String.join("\n", stderr());
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
