package dev.aftercare.reports.xlsx;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import dev.aftercare.approvals.DecisionStore;
import dev.aftercare.credits.CreditLine;
import dev.aftercare.impact.IncidentCatalog;
import dev.aftercare.impact.IncidentCatalogs;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.impact.StatusTimeline;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.run.RunParameters;
import dev.aftercare.run.ThisRun;

/**
 * Writes {@code credit-review.xlsx} of a run into its staging directory, from the same
 * typed query as {@code credits.csv}: it waits for no other output step.
 */
class CreditReviewTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(CreditReviewTasklet.class);

	private final WorkbookData data;

	private final IncidentCatalogs catalogs;

	private final ReportSettings settings;

	private final Clock clock;

	private final DecisionStore decisions;

	private final ThisRun thisRun;

	CreditReviewTasklet(WorkbookData data, IncidentCatalogs catalogs, ReportSettings settings, Clock clock,
			DecisionStore decisions, ThisRun thisRun) {
		this.decisions = decisions;
		this.thisRun = thisRun;
		this.data = data;
		this.catalogs = catalogs;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		WorkbookRun run = WorkbookRun.of(this.thisRun, this.catalogs);
		List<IncidentRow> incidents = incidentRows(run.catalog(), this.data.affectedCounts(run.runId()));
		long started = System.nanoTime();
		long credits;
		String period = run.parameters().period().toString();
		// after the run's lines, those it no longer credits that finance must decide
		// again
		List<CreditLine> withdrawn = this.decisions.withdrawn(period, run.runId());
		try (Stream<CreditLine> lines = Stream.concat(this.data.creditLines(run.runId()), withdrawn.stream())) {
			credits = new CreditReviewWorkbook(this.settings.primaryColor()).write(
					run.directory().resolve("credit-review.xlsx"),
					runInfo(run, contribution.getStepExecution().getJobExecution()),
					WorkbookProgress.logged(lines, "writeCreditReview"), this.data.largestCredits(run.runId()),
					incidents, this.decisions.latest(period));
		}
		logger.info("Wrote credit-review.xlsx: {} credit lines in {} ms", credits,
				WorkbookProgress.millisSince(started));
		return RepeatStatus.FINISHED;
	}

	private RunInfo runInfo(WorkbookRun run, JobExecution job) {
		RunParameters parameters = run.parameters();
		Instant startedAt = (job.getStartTime() != null) ? job.getStartTime().atZone(ZoneId.systemDefault()).toInstant()
				: null;
		return new RunInfo(parameters.period(), parameters.run(), parameters.input().toString(),
				(parameters.terms() != null) ? parameters.terms().toString() : "bundled default", startedAt,
				this.clock.instant(), this.data.fileCounts(run.runId()), run.catalog().open().size());
	}

	static List<IncidentRow> incidentRows(IncidentCatalog catalog, Map<String, long[]> affected) {
		List<IncidentRow> rows = new ArrayList<>();
		for (IncidentImpact impact : catalog.inPeriod()) {
			List<StatusTimeline> timelines = impact.scopeTimelines()
				.stream()
				.map(IncidentImpact.ScopeTimeline::timeline)
				.filter((timeline) -> !timeline.isEmpty())
				.toList();
			long[] counts = affected.getOrDefault(impact.incidentId(), new long[2]);
			rows.add(new IncidentRow(impact.incident(),
					timelines.stream().map((t) -> t.start().orElseThrow()).min(Comparator.naturalOrder()).orElse(null),
					timelines.stream().map((t) -> t.end().orElseThrow()).max(Comparator.naturalOrder()).orElse(null),
					impact.exclusionReason(), counts[0], counts[1]));
		}
		catalog.open().forEach((incident) -> rows.add(new IncidentRow(incident, null, null, null, 0, 0)));
		rows.sort(Comparator.comparing(IncidentRow::incidentId));
		return rows;
	}

}
