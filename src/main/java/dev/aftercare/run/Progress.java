package dev.aftercare.run;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long step's progress line: rows done, rate, and the time left when the total is
 * known, at most one line every few seconds, none in CI (environment {@code CI=true})
 * unless asked for with {@code aftercare.progress.enabled=true}.
 */
public final class Progress {

	private static final Logger logger = LoggerFactory.getLogger(Progress.class);

	private static volatile boolean enabled = !"true".equalsIgnoreCase(System.getenv("CI"));

	private static volatile Duration interval = Duration.ofSeconds(5);

	private final String step;

	private final long started = System.nanoTime();

	private long lastLine = this.started;

	public Progress(String step) {
		this.step = step;
	}

	public static boolean enabled() {
		return enabled;
	}

	/** Set once from the run's settings. */
	public static void configure(boolean on, Duration every) {
		enabled = on;
		interval = every;
	}

	/**
	 * Logs a line when the last one is a few seconds old.
	 * @param rows rows done so far
	 * @param done how much of the total is done, in any unit, or -1
	 * @param total the total in the same unit, or -1 when unknown
	 */
	public void update(long rows, long done, long total) {
		long now = System.nanoTime();
		if (!enabled || now - this.lastLine < interval.toNanos()) {
			return;
		}
		this.lastLine = now;
		logger.info("{}", line(this.step, rows, Duration.ofNanos(now - this.started), done, total));
	}

	static String line(String step, long rows, Duration elapsed, long done, long total) {
		long millis = Math.max(1, elapsed.toMillis());
		StringBuilder line = new StringBuilder("%s: %,d rows, %,d rows/s".formatted(step, rows, rows * 1000 / millis));
		if (done > 0 && total > 0) {
			long left = Math.max(0, millis * (total - Math.min(done, total)) / done / 1000);
			line.append(", %d %% done, about %s left".formatted(Math.min(100, done * 100 / total), human(left)));
		}
		return line.toString();
	}

	private static String human(long seconds) {
		return (seconds < 120) ? seconds + " s" : (seconds + 30) / 60 + " min";
	}

}
