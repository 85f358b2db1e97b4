package dev.aftercare.workers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java ... -jar target/aftercare.jar ...} as ops start it: the built jar, in a JVM
 * of its own, its stdout read as it comes.
 */
final class JarProcess implements AutoCloseable {

	static final Path JAR = Path.of("target/aftercare.jar").toAbsolutePath();

	private final String name;

	private final Process process;

	private final Path stderr;

	private final List<String> stdout = new ArrayList<>();

	private boolean ended;

	private JarProcess(String name, Process process, Path stderr) {
		this.name = name;
		this.process = process;
		this.stderr = stderr;
		Thread reader = new Thread(this::readStdout, name + "-stdout");
		reader.setDaemon(true);
		reader.start();
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

	private void readStdout() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				synchronized (this.stdout) {
					this.stdout.add(line);
					this.stdout.notifyAll();
				}
			}
		}
		catch (IOException ex) {
			// the process is gone: what it said is in stdout
		}
		finally {
			synchronized (this.stdout) {
				this.ended = true;
				this.stdout.notifyAll();
			}
		}
	}

	/** Waits for a line of stdout that contains {@code text}, and gives it. */
	String awaitLine(String text) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		synchronized (this.stdout) {
			while (true) {
				for (String line : this.stdout) {
					if (line.contains(text)) {
						return line;
					}
				}
				long left = deadline - System.nanoTime();
				if (this.ended || left <= 0) {
					throw new AssertionError(this.name + " did not print '" + text + "':\n" + output());
				}
				this.stdout.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
			}
		}
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
		synchronized (this.stdout) {
			return String.join("\n", this.stdout) + "\nstderr:\n" + String.join("\n", stderr());
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
