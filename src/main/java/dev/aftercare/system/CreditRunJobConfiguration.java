package dev.aftercare.system;

import dev.aftercare.run.Progress;
import dev.aftercare.run.RunParameters;
import dev.aftercare.run.RunStorage;
import dev.aftercare.run.RunTerms;
import dev.aftercare.run.StepProgress;
import dev.aftercare.run.ThisRun;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.impact.IncidentCatalogs;

/**
 * The credit run: load the inputs, compute impact and credits, write the outputs aside,
 * then publish them. Every step works on rows of its own run, so a restart resumes where
 * it stopped.
 */
@Configuration(proxyBeanMethods = false)
class CreditRunJobConfiguration {

	static final String JOB_NAME = RunParameters.JOB_NAME;

	@Bean
	Job creditRunJob(JobRepository jobRepository, Step prepareRun, Step ingestCustomers, Step ingestSubscriptions,
			Step ingestIncidents, Step ingestIncidentEvents, Step ingestUsage, Step ingestTickets, Step shrinkGuard,
			Step impactWindows, Step assessSubscriptions, Step exportCsv, Step exportAdjustments,
			Step writeCreditReview, Step writeFollowUp, Step writePostmortems, Step writeSummary, Step recordLedger,
			Step dropInputs, Step publish, Step carryOverReviews, Step handOffToBilling, Step archiveRun,
			IncidentCatalogs incidentCatalogs) {
		Flow load = new FlowBuilder<SimpleFlow>("load").start(prepareRun)
			.next(ingestCustomers)
			.next(ingestSubscriptions)
			.next(ingestIncidents)
			.next(ingestIncidentEvents)
			// the windows first: the usage load answers their lookback as it goes
			.next(impactWindows)
			.next(ingestUsage)
			.next(ingestTickets)
			// every file is loaded, nothing is exported yet
			.next(shrinkGuard)
			.next(assessSubscriptions)
			// the workbooks in place hold finance's and support's work: stored before new
			// ones replace them
			.next(carryOverReviews)
			.build();
		// every output reads only the database. Three lines of work at most on two cores:
		// while one waits for a query, the others keep the cores busy; the longest start
		// first, and the last waits for whichever line ends first
		Flow review = new FlowBuilder<SimpleFlow>("review").start(writeCreditReview).build();
		Flow followUp = new FlowBuilder<SimpleFlow>("followUp").start(writeFollowUp).build();
		Flow csv = new FlowBuilder<SimpleFlow>("csv").start(exportCsv).build();
		Flow documents = new FlowBuilder<SimpleFlow>("documents").start(exportAdjustments)
			.next(writePostmortems)
			.build();
		Flow outputs = new FlowBuilder<SimpleFlow>("outputs").split(outputExecutor())
			.add(review, followUp, csv, documents)
			.build();
		// the incident catalog is built once per execution and let go when it ends
		return new JobBuilder(JOB_NAME, jobRepository).listener(incidentCatalogs)
			.start(load)
			.next(outputs)
			.next(writeSummary)
			.next(recordLedger)
			.next(handOffToBilling)
			.next(dropInputs)
			.next(archiveRun)
			.next(publish)
			.end()
			.build();
	}

	private static TaskExecutor outputExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("outputs-");
		executor.setConcurrencyLimit(3);
		return executor;
	}

	@Bean
	Step prepareRun(JobRepository jobRepository, PlatformTransactionManager transactionManager, ThisRun run) {
		return new StepBuilder("prepareRun", jobRepository).tasklet((contribution, context) -> {
			// a new run starts from nothing; a restart never comes back to a completed
			// step
			OutputPublisher.clear(run.stagingDirectory());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step dropInputs(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			ThisRun run) {
		return new StepBuilder("dropInputs", jobRepository).tasklet((contribution, context) -> {
			RunStorage.dropInputs(jdbc, run.id());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step publish(JobRepository jobRepository, PlatformTransactionManager transactionManager, ThisRun run) {
		return new StepBuilder("publish", jobRepository).tasklet(new PublishTasklet(run), transactionManager).build();
	}

	@Bean
	RunTerms runTerms() {
		return new RunTerms();
	}

	@Bean
	static StepInstrumentation stepInstrumentation(
			org.springframework.beans.factory.ObjectProvider<org.springframework.batch.core.ChunkListener> listeners,
			org.springframework.beans.factory.ObjectProvider<io.micrometer.prometheusmetrics.PrometheusMeterRegistry> meters,
			org.springframework.beans.factory.ObjectProvider<io.micrometer.observation.ObservationRegistry> observations,
			org.springframework.beans.factory.ObjectProvider<StepProgress> progress) {
		return new StepInstrumentation(listeners, meters, observations, progress);
	}

	@Bean
	StepProgress stepProgress(org.springframework.core.env.Environment environment) {
		// quiet in CI, where nobody watches and the log is kept
		boolean ci = "true".equalsIgnoreCase(environment.getProperty("CI"));
		Progress.configure(environment.getProperty("aftercare.progress.enabled", Boolean.class, !ci), environment
			.getProperty("aftercare.progress.interval", java.time.Duration.class, java.time.Duration.ofSeconds(5)));
		return new StepProgress();
	}

	@Bean
	PeriodLock periodLock(javax.sql.DataSource dataSource) {
		return new PeriodLock(dataSource);
	}

	@Bean
	RunHistory runHistory(JdbcTemplate jdbc, org.springframework.batch.core.explore.JobExplorer explorer,
			JobRepository repository, org.springframework.batch.core.launch.JobOperator operator) {
		return new RunHistory(jdbc, explorer, repository, operator);
	}

}
