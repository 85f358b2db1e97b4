package dev.aftercare.reports.xlsx;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import dev.aftercare.approvals.FollowUpNotes;
import dev.aftercare.impact.IncidentCatalogs;
import dev.aftercare.model.Incident;
import dev.aftercare.reports.ReportResources;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.run.ThisRun;

/**
 * Writes {@code follow-up.xlsx} of a run into its staging directory. It reads only the
 * database, so it needs nothing another output step writes.
 */
class FollowUpTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(FollowUpTasklet.class);

	private final WorkbookData data;

	private final IncidentCatalogs catalogs;

	private final ReportSettings settings;

	private final FollowUpNotes notes;

	private final ThisRun thisRun;

	FollowUpTasklet(WorkbookData data, IncidentCatalogs catalogs, ReportSettings settings, FollowUpNotes notes,
			ThisRun thisRun) {
		this.notes = notes;
		this.thisRun = thisRun;
		this.data = data;
		this.catalogs = catalogs;
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		WorkbookRun run = WorkbookRun.of(this.thisRun, this.catalogs);
		long started = System.nanoTime();
		Map<String, Incident> byId = new LinkedHashMap<>();
		run.catalog().inPeriod().forEach((impact) -> byId.put(impact.incidentId(), impact.incident()));
		Map<String, String> titles = new LinkedHashMap<>();
		byId.forEach((id, incident) -> titles.put(id, incident.title()));
		// maintenance announced in time gets a note, not an apology
		Set<String> announced = new HashSet<>();
		run.catalog()
			.inPeriod()
			.stream()
			.filter((impact) -> "announced_maintenance".equals(impact.exclusionReason()))
			.forEach((impact) -> announced.add(impact.incidentId()));
		ReportResources resources = new ReportResources(this.settings.directory());
		MessageDrafter drafter = new MessageDrafter(MessageTemplates.load(resources), MessageNames.load(resources),
				this.settings, run.parameters().period(), byId, announced);
		long customers;
		try (Stream<FollowUpCustomer> affected = this.data.followUp(run.runId(), run.parameters().period(),
				byId.keySet())) {
			customers = new FollowUpWorkbook(this.settings.primaryColor(), SheetSeries.MAX_DATA_ROWS).write(
					run.directory().resolve("follow-up.xlsx"), WorkbookProgress.logged(affected, "writeFollowUp"),
					titles, drafter, this.notes.of(run.parameters().period().toString()));
		}
		logger.info("Wrote follow-up.xlsx: {} customers in {} ms", customers, WorkbookProgress.millisSince(started));
		return RepeatStatus.FINISHED;
	}

}
