package dev.aftercare.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;

import dev.aftercare.ingest.CsvRowReader;

/**
 * Shows long steps moving: every few seconds a line with the rows done and the rate, and
 * one line when a step ends.
 */
class ProgressLog implements ChunkListener {

	private static final Logger logger = LoggerFactory.getLogger(ProgressLog.class);

	private final Duration interval;

	private final Map<Long, Instant> lastLine = new ConcurrentHashMap<>();

	ProgressLog(Duration interval) {
		this.interval = interval;
	}

	@Override
	public void afterChunk(ChunkContext context) {
		StepExecution step = context.getStepContext().getStepExecution();
		if (step.getReadCount() == 0) {
			// a step that writes files reads no rows: a line of zeros says nothing
			return;
		}
		Instant now = Instant.now();
		Instant last = this.lastLine.getOrDefault(step.getId(), startOf(step));
		if (Duration.between(last, now).compareTo(this.interval) < 0) {
			return;
		}
		this.lastLine.put(step.getId(), now);
		long seconds = Math.max(1, Duration.between(startOf(step), now).toSeconds());
		logger.info("{}: {} rows read, {} written, {} rows/s{}", step.getStepName(), step.getReadCount(),
				step.getWriteCount(), step.getReadCount() / seconds, share(step));
	}

	private static String share(StepExecution step) {
		long done = step.getExecutionContext().getLong(CsvRowReader.PROGRESS_DONE, -1);
		long total = step.getExecutionContext().getLong(CsvRowReader.PROGRESS_TOTAL, -1);
		return (done < 0 || total <= 0) ? "" : ", " + Math.min(100, done * 100 / total) + " % of the file";
	}

	private static Instant startOf(StepExecution step) {
		return (step.getStartTime() != null) ? step.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant()
				: Instant.now();
	}

}
