package dev.aftercare.impact;

import org.springframework.batch.core.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.model.Interval;
import dev.aftercare.run.RunParameters;
import dev.aftercare.run.RunTerms;

/** Builds the incident catalog of the run a step belongs to. */
public class IncidentCatalogLoader {

	private final IncidentStore store;

	private final RunTerms terms;

	public IncidentCatalogLoader(JdbcTemplate jdbc, RunTerms terms) {
		this.store = new IncidentStore(jdbc);
		this.terms = terms;
	}

	public IncidentCatalog load(StepExecution stepExecution) {
		long runId = RunParameters.runId(stepExecution);
		return new IncidentCatalog(this.store.incidents(runId), this.store.eventsByIncident(runId),
				this.terms.of(stepExecution), Interval.of(RunParameters.of(stepExecution).period()));
	}

}
