package dev.aftercare.summary;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Prometheus registry per run, without Actuator: a batch job serves no endpoint, it
 * writes its metrics once at the end ({@link RunMetrics}). Spring Batch times jobs and
 * steps through observations, so the observation registry turns them into meters of the
 * same registry.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

	@Bean(destroyMethod = "close")
	PrometheusMeterRegistry prometheusMeterRegistry() {
		return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
	}

	@Bean
	ObservationRegistry batchObservationRegistry(PrometheusMeterRegistry registry) {
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(registry));
		return observations;
	}

	@Bean
	RunMetrics runMetrics(PrometheusMeterRegistry registry, MetricsProperties settings,
			ObjectProvider<BuildProperties> build) {
		return new RunMetrics(registry, settings, JobVersion.of(build));
	}

}
