package dev.aftercare.impact;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.run.RunStorage;
import dev.aftercare.run.RunTerms;
import dev.aftercare.run.ThisRun;

/**
 * Writes the impact window of every resolved incident that meets the period, for every
 * (service, region) that some subscription has, with the usage dates that show reliance
 * on it. It runs before usage is loaded, so that the load answers the lookback as the
 * rows stream past ({@link UsageLookback}).
 */
class ImpactWindowsTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(ImpactWindowsTasklet.class);

	private static final String PAIRS = """
			SELECT DISTINCT service, region FROM in_subscription WHERE run_id = ?
			""";

	private static final String INSERT = """
			INSERT INTO impact_window (run_id, incident_id, service, region, impact_start, impact_end, usage_from,
			                           usage_until)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final IncidentCatalogs catalogs;

	private final RunTerms terms;

	private final ThisRun run;

	ImpactWindowsTasklet(JdbcTemplate jdbc, IncidentCatalogs catalogs, RunTerms terms, ThisRun run) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.terms = terms;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.id();
		IncidentCatalog catalog = this.catalogs.of(this.run);
		this.jdbc.update("DELETE FROM impact_window WHERE run_id = ?", runId);
		int lookbackDays = this.terms.of(this.run.parameters()).usageLookbackDays();
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query(PAIRS, (rs) -> {
			String service = rs.getString(1);
			String region = rs.getString(2);
			for (IncidentImpact impact : catalog.inPeriod()) {
				StatusTimeline timeline = impact.timeline(service, region);
				if (!timeline.isEmpty()) {
					rows.add(row(runId, impact.incidentId(), service, region, timeline, lookbackDays));
				}
			}
		}, runId);
		this.jdbc.batchUpdate(INSERT, rows);
		RunStorage.analyze(this.jdbc, "impact_window");
		logger.info("Impact: {} resolved incidents meet the period, {} still open; {} impact windows",
				catalog.inPeriod().size(), catalog.open().size(), rows.size());
		return RepeatStatus.FINISHED;
	}

	private Object[] row(long runId, String incidentId, String service, String region, StatusTimeline timeline,
			int lookbackDays) {
		LocalDate startDate = LocalDate.ofInstant(timeline.start().orElseThrow(), ZoneOffset.UTC);
		LocalDate endDate = LocalDate.ofInstant(timeline.end().orElseThrow(), ZoneOffset.UTC);
		return new Object[] { runId, incidentId, service, region, Timestamp.from(timeline.start().orElseThrow()),
				Timestamp.from(timeline.end().orElseThrow()), startDate.minusDays(lookbackDays), endDate };
	}

}
