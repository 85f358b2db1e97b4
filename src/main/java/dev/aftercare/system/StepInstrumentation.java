package dev.aftercare.system;

import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import dev.aftercare.run.StepProgress;

/**
 * Gives every step of the job the chunk listeners of the context and the one progress
 * listener, and every step and job the run's meter and observation registries, so that no
 * step has to remember to register them.
 */
class StepInstrumentation implements BeanPostProcessor {

	private final ObjectProvider<ChunkListener> listeners;

	private final ObjectProvider<PrometheusMeterRegistry> meters;

	private final ObjectProvider<ObservationRegistry> observations;

	private final ObjectProvider<StepProgress> progress;

	StepInstrumentation(ObjectProvider<ChunkListener> listeners, ObjectProvider<PrometheusMeterRegistry> meters,
			ObjectProvider<ObservationRegistry> observations, ObjectProvider<StepProgress> progress) {
		this.listeners = listeners;
		this.progress = progress;
		this.meters = meters;
		this.observations = observations;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof TaskletStep step) {
			List<ChunkListener> all = this.listeners.orderedStream().toList();
			all.forEach(step::registerChunkListener);
		}
		if (bean instanceof AbstractStep step) {
			this.progress.ifAvailable(step::registerStepExecutionListener);
			this.meters.ifAvailable(step::setMeterRegistry);
			this.observations.ifAvailable(step::setObservationRegistry);
		}
		if (bean instanceof AbstractJob job) {
			this.meters.ifAvailable(job::setMeterRegistry);
			this.observations.ifAvailable(job::setObservationRegistry);
		}
		return bean;
	}

}
