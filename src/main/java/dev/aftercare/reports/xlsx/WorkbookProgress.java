package dev.aftercare.reports.xlsx;

import java.util.stream.Stream;

import org.slf4j.Logger;

/**
 * A line in the log every so many rows, so that ops can see a long workbook grow.
 */
final class WorkbookProgress {

	private static final long EVERY = 100_000;

	private WorkbookProgress() {
	}

	static <T> Stream<T> logged(Stream<T> items, String what, Logger logger) {
		long[] count = { 0 };
		return items.peek((item) -> {
			if (++count[0] % EVERY == 0) {
				logger.info("... {} {} written", count[0], what);
			}
		});
	}

	static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

}
