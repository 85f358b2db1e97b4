package dev.aftercare.ingest;

import java.nio.file.Path;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.run.RunParameters;
import dev.aftercare.run.RunStorage;

/**
 * One chunk step per input file, in the order references need. The reader, check and
 * writer of a step are step-scoped and know their file from the step's name.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepsConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(IngestStepsConfiguration.class);

	// a chunk is one COPY and one commit, each of which updates the job repository: at
	// 10,000 rows that bookkeeping is a few dozen round trips for 100,000 customers
	static final int CHUNK_SIZE = 10_000;

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	IngestStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
	}

	@Bean
	Step ingestCustomers(FileStepParts parts) {
		return fileStep(InputFile.CUSTOMERS, parts);
	}

	@Bean
	Step ingestSubscriptions(FileStepParts parts) {
		return fileStep(InputFile.SUBSCRIPTIONS, parts);
	}

	@Bean
	Step ingestIncidents(FileStepParts parts) {
		return fileStep(InputFile.INCIDENTS, parts);
	}

	@Bean
	Step ingestIncidentEvents(FileStepParts parts) {
		return fileStep(InputFile.INCIDENT_EVENTS, parts);
	}

	/** Usage is most of the input: it is read in one pass, not in chunks. */
	@Bean
	Step ingestUsage(JdbcTemplate jdbc) {
		return new StepBuilder(IngestFile.stepName(InputFile.USAGE), this.jobRepository)
			.tasklet(new UsageReadTasklet(jdbc), this.transactionManager)
			.build();
	}

	@Bean
	Step ingestTickets(FileStepParts parts) {
		return fileStep(InputFile.TICKETS, parts);
	}

	@Bean
	FileStepParts fileStepParts(ItemStreamReader<CsvRow> inputReader,
			ItemProcessor<CsvRow, IngestedRow<Object>> inputCheck, IngestWriter<Object> inputWriter,
			JdbcTemplate jdbc) {
		return new FileStepParts(inputReader, inputCheck, inputWriter, new FileLoaded(jdbc));
	}

	private Step fileStep(InputFile kind, FileStepParts parts) {
		return new StepBuilder(IngestFile.stepName(kind), this.jobRepository)
			.<CsvRow, IngestedRow<Object>>chunk(CHUNK_SIZE, this.transactionManager)
			.reader(parts.reader())
			.processor(parts.check())
			.writer(parts.writer())
			.listener(parts.loaded())
			.build();
	}

	@Bean
	@StepScope
	ItemStreamReader<CsvRow> inputReader(@Value("#{stepExecution}") StepExecution stepExecution) {
		InputFile kind = IngestFile.kindOfStep(stepExecution.getStepName());
		Path file = RunParameters.of(stepExecution).input().resolve(kind.fileName());
		if (kind.optional() && !file.toFile().exists()) {
			logger.info("No {} in the input: going on without it", kind.fileName());
			return new NoRows();
		}
		return new CsvRowReader(file, kind);
	}

	@Bean
	@StepScope
	@SuppressWarnings("unchecked")
	ItemProcessor<CsvRow, IngestedRow<Object>> inputCheck(JdbcTemplate jdbc,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		InputFile kind = IngestFile.kindOfStep(stepExecution.getStepName());
		IngestFile<Object> file = (IngestFile<Object>) IngestFile.of(kind);
		Function<CsvRow, Checked<Object>> check = file.checks()
			.apply(StoredKnown.load(jdbc, RunParameters.runId(stepExecution), kind));
		return (row) -> new IngestedRow<>(row, check.apply(row));
	}

	@Bean
	@StepScope
	@SuppressWarnings("unchecked")
	IngestWriter<Object> inputWriter(JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution stepExecution) {
		IngestFile<Object> file = (IngestFile<Object>) IngestFile
			.of(IngestFile.kindOfStep(stepExecution.getStepName()));
		return new IngestWriter<>(jdbc, RunParameters.runId(stepExecution), file.insert());
	}

	/** The step-scoped parts every file step shares. */
	record FileStepParts(ItemStreamReader<CsvRow> reader, ItemProcessor<CsvRow, IngestedRow<Object>> check,
			IngestWriter<Object> writer, FileLoaded loaded) {
	}

	/**
	 * Keeps how many rows of its file a step read, restarts included, for the run
	 * summary, and gives the file's table fresh statistics for the queries of the later
	 * steps.
	 */
	static final class FileLoaded implements StepExecutionListener {

		private final JdbcTemplate jdbc;

		FileLoaded(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public ExitStatus afterStep(StepExecution stepExecution) {
			if (stepExecution.getStatus().isUnsuccessful()) {
				return null;
			}
			InputFile kind = IngestFile.kindOfStep(stepExecution.getStepName());
			// the reader's saved count survives restarts; it also counts the final
			// read, the one that found the end of the file
			Object count = stepExecution.getExecutionContext().get(kind.name() + ".read.count");
			long read = (count instanceof Number number) ? Math.max(0, number.longValue() - 1) : 0L;
			ReadCounts.record(this.jdbc, RunParameters.runId(stepExecution), kind, read);
			RunStorage.analyze(this.jdbc, IngestFile.of(kind).insert().table());
			logger.info("{}: {} rows read", kind.fileName(), read);
			return null;
		}

	}

	/** The reader of an optional file that is not there. */
	static final class NoRows implements ItemStreamReader<CsvRow> {

		@Override
		public CsvRow read() {
			return null;
		}

	}

}
