package dev.aftercare.reports.xlsx;

import java.util.stream.Stream;

import dev.aftercare.run.Progress;
import dev.aftercare.run.StepProgress;

/**
 * A progress line every few seconds while a long workbook is written, so that ops can see
 * it grow: the step's own {@link StepProgress}, counted as the rows go by.
 */
final class WorkbookProgress {

	private WorkbookProgress() {
	}

	static <T> Stream<T> logged(Stream<T> items, String step) {
		Progress progress = StepProgress.current(step);
		long[] count = { 0 };
		// the rows come from a stream: their total is not known ahead
		return items.peek((item) -> progress.update(++count[0], -1, -1));
	}

	static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

}
