package dev.aftercare.guard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.ingest.InputFile;
import dev.aftercare.ingest.UsageParts;
import dev.aftercare.run.RunParameters;
import dev.aftercare.run.ThisRun;

/**
 * Compares each input file's accepted rows with the last successful run of the period,
 * once every file is loaded and before anything is exported, recorded or published. A
 * file that shrank past the setting stops the run, unless the operator said
 * {@code --accept-shrink}.
 */
class ShrinkGuardTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(ShrinkGuardTasklet.class);

	// accepted = read - rejected, per file, always: it holds for a finished run too,
	// whose copy of the input is gone while its counts and rejects are kept. Usage in
	// parts counts as one file, usage.csv, the whole of them: how the export was cut
	// is not what the guard is about
	private static final String ACCEPTED = """
			SELECT CASE WHEN f.file LIKE '%s/%%' THEN '%s' ELSE f.file END AS file,
			       sum(f.read - (SELECT count(*) FROM input_reject r
			                     WHERE r.run_id = f.run_id AND r.file = f.file)) AS accepted
			FROM input_file_count f WHERE f.run_id = ?
			GROUP BY 1
			""".formatted(UsageParts.FOLDER, InputFile.USAGE.fileName());

	private static final String LAST_SUCCESSFUL = """
			SELECT run_id FROM completed_run WHERE period = ? AND run_id <> ?
			ORDER BY completed_at DESC, run_id DESC LIMIT 1
			""";

	private final JdbcTemplate jdbc;

	private final BigDecimal minRatio;

	private final ThisRun run;

	ShrinkGuardTasklet(JdbcTemplate jdbc, ShrinkGuardProperties settings, ThisRun run) {
		this.jdbc = jdbc;
		this.minRatio = settings.minRatio();
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunParameters parameters = this.run.parameters();
		long runId = this.run.id();
		String period = parameters.period().toString();
		List<Long> last = this.jdbc.queryForList(LAST_SUCCESSFUL, Long.class, period, runId);
		if (last.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		Map<String, Long> previous = accepted(last.get(0));
		Map<String, Long> current = accepted(runId);
		List<String> shrunk = new ArrayList<>();
		for (InputFile kind : InputFile.values()) {
			long before = previous.getOrDefault(kind.fileName(), 0L);
			// an optional file that is gone counts as empty
			long now = current.getOrDefault(kind.fileName(), 0L);
			if (ShrinkRule.shrank(before, now, this.minRatio)) {
				shrunk.add(kind.fileName() + " has " + now + " accepted rows, against " + before);
			}
		}
		if (shrunk.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		String what = String.join("; ", shrunk) + " in the last successful run of " + period;
		if (parameters.acceptShrink()) {
			logger.warn("{}: accepted with --accept-shrink", what);
			return RepeatStatus.FINISHED;
		}
		throw new InputShrankException(what + " (fewer than " + percent() + " of it, or none): nothing was published,"
				+ " the last outputs and the ledger stay as they were; if the input is right, run again with"
				+ " --accept-shrink");
	}

	private Map<String, Long> accepted(long runId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query(ACCEPTED, (rs) -> {
			counts.put(rs.getString("file"), rs.getLong("accepted"));
		}, runId);
		return counts;
	}

	private String percent() {
		return this.minRatio.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
	}

}
