package dev.aftercare.reports.xlsx;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * What a workbook says about the run that made it.
 *
 * @param terms the terms file, or "bundled default"
 * @param startedAt when the run started, {@code null} when unknown
 * @param openIncidents incidents still open: they are credited by a later run
 */
record RunInfo(YearMonth period, long run, String input, String terms, Instant startedAt, Instant writtenAt,
		List<FileCount> files, int openIncidents) {

	/** Rows an input file had, and how many of them were rejected. */
	record FileCount(String file, long read, long rejected) {
	}

}
