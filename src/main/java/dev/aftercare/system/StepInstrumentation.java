package dev.aftercare.system;

import java.util.List;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives every step of the job the chunk listeners of the context, such as progress
 * logging, so that no step has to remember to register them.
 */
class StepInstrumentation implements BeanPostProcessor {

	private final ObjectProvider<ChunkListener> listeners;

	StepInstrumentation(ObjectProvider<ChunkListener> listeners) {
		this.listeners = listeners;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof TaskletStep step) {
			List<ChunkListener> all = this.listeners.orderedStream().toList();
			all.forEach(step::registerChunkListener);
		}
		return bean;
	}

}
