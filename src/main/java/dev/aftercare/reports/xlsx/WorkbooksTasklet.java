package dev.aftercare.reports.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import dev.aftercare.credits.CreditLine;
import dev.aftercare.impact.IncidentCatalog;
import dev.aftercare.impact.IncidentCatalogLoader;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.impact.StatusTimeline;
import dev.aftercare.model.Incident;
import dev.aftercare.reports.ReportResources;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.system.RunParameters;

/**
 * Writes {@code credit-review.xlsx} and {@code follow-up.xlsx} of a run into its staging
 * directory.
 */
class WorkbooksTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(WorkbooksTasklet.class);

	private static final long PROGRESS_EVERY = 100_000;

	private final WorkbookData data;

	private final IncidentCatalogLoader catalogs;

	private final ReportSettings settings;

	private final Clock clock;

	WorkbooksTasklet(WorkbookData data, IncidentCatalogLoader catalogs, ReportSettings settings, Clock clock) {
		this.data = data;
		this.catalogs = catalogs;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = contribution.getStepExecution();
		long runId = RunParameters.runId(step);
		RunParameters parameters = RunParameters.of(step);
		Path directory = parameters.stagingDirectory();
		Files.createDirectories(directory);
		IncidentCatalog catalog = this.catalogs.load(step);
		List<IncidentRow> incidents = incidentRows(catalog, this.data.affectedCounts(runId));
		long started = System.nanoTime();
		long credits;
		try (Stream<CreditLine> lines = CreditsCsv.read(directory.resolve("credits.csv"))) {
			credits = new CreditReviewWorkbook(this.settings.primaryColor()).write(
					directory.resolve("credit-review.xlsx"), runInfo(step, parameters, runId, catalog),
					progress(lines, "credit lines"), this.data.largestCredits(runId), incidents);
		}
		logger.info("Wrote credit-review.xlsx: {} credit lines in {} ms", credits, millisSince(started));
		started = System.nanoTime();
		Map<String, Incident> byId = new LinkedHashMap<>();
		catalog.inPeriod().forEach((impact) -> byId.put(impact.incidentId(), impact.incident()));
		Map<String, String> titles = new LinkedHashMap<>();
		byId.forEach((id, incident) -> titles.put(id, incident.title()));
		MessageDrafter drafter = new MessageDrafter(
				MessageTemplates.load(new ReportResources(this.settings.directory())), this.settings,
				parameters.period(), byId);
		long customers;
		try (Stream<FollowUpCustomer> affected = this.data.followUp(runId, parameters.period())) {
			customers = new FollowUpWorkbook(this.settings.primaryColor(), SheetSeries.MAX_DATA_ROWS)
				.write(directory.resolve("follow-up.xlsx"), progress(affected, "customers"), titles, drafter);
		}
		logger.info("Wrote follow-up.xlsx: {} customers in {} ms", customers, millisSince(started));
		return RepeatStatus.FINISHED;
	}

	private RunInfo runInfo(StepExecution step, RunParameters parameters, long runId, IncidentCatalog catalog) {
		Instant startedAt = (step.getJobExecution().getStartTime() != null)
				? step.getJobExecution().getStartTime().atZone(ZoneId.systemDefault()).toInstant() : null;
		return new RunInfo(parameters.period(), parameters.run(), parameters.input().toString(),
				(parameters.terms() != null) ? parameters.terms().toString() : "bundled default", startedAt,
				this.clock.instant(), this.data.fileCounts(runId), catalog.open().size());
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

	private static <T> Stream<T> progress(Stream<T> items, String what) {
		long[] count = { 0 };
		return items.peek((item) -> {
			if (++count[0] % PROGRESS_EVERY == 0) {
				logger.info("... {} {} written", count[0], what);
			}
		});
	}

	private static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

}
