package dev.aftercare.system;

import dev.aftercare.run.Progress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * A line every few seconds while the application starts (the embedded PostgreSQL, the
 * schema, Spring Batch), so that a start of 16 seconds is not 16 seconds of silence. It
 * stops once the application has started or failed to; quiet where {@link Progress} is.
 */
public final class StartupProgress implements ApplicationListener<SpringApplicationEvent> {

	private static final Logger logger = LoggerFactory.getLogger(StartupProgress.class);

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "startup-progress");
		thread.setDaemon(true);
		return thread;
	});

	private StartupProgress() {
	}

	/** Starts the lines, every {@code interval}; the listener stops them. */
	public static StartupProgress every(Duration interval) {
		StartupProgress progress = new StartupProgress();
		long started = System.nanoTime();
		long millis = interval.toMillis();
		progress.timer.scheduleAtFixedRate(() -> {
			if (Progress.enabled()) {
				logger.info("{}", line(Duration.ofNanos(System.nanoTime() - started)));
			}
		}, millis, millis, TimeUnit.MILLISECONDS);
		return progress;
	}

	static String line(Duration elapsed) {
		return "Still starting after " + elapsed.toSeconds() + " s: the database, its schema and the job";
	}

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationStartedEvent || event instanceof ApplicationFailedEvent) {
			this.timer.shutdownNow();
		}
	}

	boolean stopped() {
		return this.timer.isShutdown();
	}

}
