package dev.aftercare.impact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.model.Interval;
import dev.aftercare.run.RunParameters;
import dev.aftercare.run.RunTerms;
import dev.aftercare.run.ThisRun;

/**
 * The incident catalog of each run in progress, built from the rows the first time a step
 * asks, once the incidents and their events are loaded, and handed to every step after:
 * the compute partitions, both workbooks and the postmortems. Keyed by run rather than
 * job-scoped, since partitions and split flows run on threads where Spring Batch keeps no
 * job context. A run's catalog goes when its job execution ends, so that a restart builds
 * it again from what is stored. A remote worker, in a JVM of its own, builds its own.
 */
public class IncidentCatalogs implements JobExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(IncidentCatalogs.class);

	private final IncidentStore store;

	private final RunTerms terms;

	private final Map<Long, IncidentCatalog> byRun = new ConcurrentHashMap<>();

	private final AtomicLong built = new AtomicLong();

	public IncidentCatalogs(JdbcTemplate jdbc, RunTerms terms) {
		this.store = new IncidentStore(jdbc);
		this.terms = terms;
	}

	/** The catalog of the run, built on the first call of its execution. */
	public IncidentCatalog of(ThisRun run) {
		return this.byRun.computeIfAbsent(run.id(), (runId) -> build(runId, run.parameters()));
	}

	private IncidentCatalog build(long runId, RunParameters parameters) {
		IncidentCatalog catalog = new IncidentCatalog(this.store.incidents(runId), this.store.eventsByIncident(runId),
				this.terms.of(parameters), Interval.of(parameters.period()));
		this.built.incrementAndGet();
		logger.debug("Incident catalog of run {} built", runId);
		return catalog;
	}

	/** How many catalogs were built since start: one per job execution that asked. */
	long built() {
		return this.built.get();
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		this.byRun.remove(jobExecution.getJobInstance().getInstanceId());
	}

}
