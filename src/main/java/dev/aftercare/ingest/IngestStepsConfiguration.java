package dev.aftercare.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.run.RunStorage;
import dev.aftercare.run.ThisRun;

/**
 * One chunk step per input file, in the order references need; usage has its own
 * ({@link UsageStepsConfiguration}). Each step is given its file's reader, check and
 * writer when it is configured, and the run they work for as {@link ThisRun}, bound when
 * the step runs.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepsConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(IngestStepsConfiguration.class);

	// a chunk is one COPY and one commit, each of which updates the job repository: at
	// 10,000 rows that bookkeeping is a few dozen round trips for 100,000 customers
	static final int CHUNK_SIZE = 10_000;

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final JdbcTemplate jdbc;

	private final ThisRun run;

	private final RunCustomers customers;

	IngestStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, ThisRun run, RunCustomers customers) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.jdbc = jdbc;
		this.run = run;
		this.customers = customers;
	}

	@Bean
	Step ingestCustomers() {
		return fileStep(InputFile.CUSTOMERS);
	}

	@Bean
	Step ingestSubscriptions() {
		return fileStep(InputFile.SUBSCRIPTIONS);
	}

	@Bean
	Step ingestIncidents() {
		return fileStep(InputFile.INCIDENTS);
	}

	@Bean
	Step ingestIncidentEvents() {
		return fileStep(InputFile.INCIDENT_EVENTS);
	}

	@Bean
	Step ingestTickets() {
		return fileStep(InputFile.TICKETS);
	}

	@SuppressWarnings("unchecked")
	private Step fileStep(InputFile kind) {
		IngestFile<Object> file = (IngestFile<Object>) IngestFile.of(kind);
		FileCheck<Object> check = new FileCheck<>(file, this.jdbc, this.run, this.customers);
		return new StepBuilder(IngestFile.stepName(kind), this.jobRepository)
			.<CsvRow, IngestedRow<Object>>chunk(CHUNK_SIZE, this.transactionManager)
			.reader(new InputReader(kind, this.run))
			.processor(check)
			.writer(new IngestWriter<>(this.jdbc, this.run, file.insert()))
			.listener(new FileLoaded(this.jdbc, kind, this.run))
			.build();
	}

	/**
	 * Keeps how many rows of its file a step read, restarts included, for the run
	 * summary, and gives the file's table fresh statistics for the queries of the later
	 * steps.
	 */
	static final class FileLoaded implements StepExecutionListener {

		private final JdbcTemplate jdbc;

		private final InputFile kind;

		private final ThisRun run;

		FileLoaded(JdbcTemplate jdbc, InputFile kind, ThisRun run) {
			this.jdbc = jdbc;
			this.kind = kind;
			this.run = run;
		}

		@Override
		public ExitStatus afterStep(StepExecution stepExecution) {
			if (stepExecution.getStatus().isUnsuccessful()) {
				return null;
			}
			// the reader's saved count survives restarts; it also counts the final
			// read, the one that found the end of the file
			Object count = stepExecution.getExecutionContext().get(this.kind.name() + ".read.count");
			long read = (count instanceof Number number) ? Math.max(0, number.longValue() - 1) : 0L;
			ReadCounts.record(this.jdbc, this.run.id(), this.kind, read);
			RunStorage.analyze(this.jdbc, IngestFile.of(this.kind).insert().table());
			logger.info("{}: {} rows read", this.kind.fileName(), read);
			return null;
		}

	}

}
