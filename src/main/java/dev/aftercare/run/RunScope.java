package dev.aftercare.run;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the job's parameters into {@link ThisRun}, one per step execution, and says where
 * partitions run.
 */
@Configuration(proxyBeanMethods = false)
public class RunScope {

	@Bean
	@StepScope
	public ThisRun thisRun(@Value("#{stepExecution}") StepExecution step) {
		return new ThisRun(RunParameters.of(step), RunParameters.runId(step), step.getJobExecutionId());
	}

	/** Partitions on this process's threads unless a broker's workers take them. */
	@Bean
	@ConditionalOnMissingBean(Partitions.class)
	public Partitions localPartitions() {
		return new LocalPartitions();
	}

}
