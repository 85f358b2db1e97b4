package dev.aftercare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a child JVM prints on stdout, read line by line as it comes on a thread of its
 * own, so that a test can wait for a line without racing the child.
 */
public final class ChildOutput {

	private final List<String> lines = new ArrayList<>();

	private boolean ended;

	private ChildOutput() {
	}

	/** Starts reading {@code process}'s stdout. */
	public static ChildOutput of(Process process, String name) {
		ChildOutput output = new ChildOutput();
		Thread reader = new Thread(() -> output.read(process), name + "-stdout");
		reader.setDaemon(true);
		reader.start();
		return output;
	}

	private void read(Process process) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				synchronized (this.lines) {
					this.lines.add(line);
					this.lines.notifyAll();
				}
			}
		}
		catch (IOException ex) {
			// the child is gone: what it said is in the lines
		}
		finally {
			synchronized (this.lines) {
				this.ended = true;
				this.lines.notifyAll();
			}
		}
	}

	/**
	 * Waits for a line that {@code matches} and gives it; {@code null} when the child
	 * ends first or {@code limit} passes.
	 */
	public String await(Predicate<String> matches, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		synchronized (this.lines) {
			while (true) {
				for (String line : this.lines) {
					if (matches.test(line)) {
						return line;
					}
				}
				long left = deadline - System.nanoTime();
				if (this.ended || left <= 0) {
					return null;
				}
				this.lines.wait(Duration.ofNanos(left).toMillis() + 1);
			}
		}
	}

	/** Every line so far. */
	public String text() {
		synchronized (this.lines) {
			return String.join("\n", this.lines);
		}
	}

}
