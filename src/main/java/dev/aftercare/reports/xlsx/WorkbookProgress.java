package dev.aftercare.reports.xlsx;

import java.util.stream.Stream;

import dev.aftercare.run.Progress;

/**
 * A progress line every few seconds while a long workbook is written, so that ops can see
 * it grow.
 */
final class WorkbookProgress {

	private WorkbookProgress() {
	}

	static <T> Stream<T> logged(Stream<T> items, String step) {
		Progress progress = new Progress(step);
		long[] count = { 0 };
		// the rows come from a stream: their total is not known ahead
		return items.peek((item) -> progress.update(++count[0], -1, -1));
	}

	static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

}
