package dev.aftercare.workers;

import java.util.Set;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import dev.aftercare.run.Partitions;

/**
 * With a broker set, the partitioned steps send their partitions to workers; with
 * {@code worker} on the command line, this process is one of them. Without a broker, none
 * of this exists and partitions run on this process's threads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.artemis.broker-url")
@EnableConfigurationProperties(ArtemisProperties.class)
class WorkersConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(WorkersConfiguration.class);

	/**
	 * Receives one message at a time: a consumer's buffer would hold requests a busy
	 * worker cannot start while another worker idles.
	 */
	@Bean
	ConnectionFactory brokerConnectionFactory(ArtemisProperties artemis) {
		ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(artemis.getBrokerUrl(), artemis.getUser(),
				artemis.getPassword());
		factory.setConsumerWindowSize(0);
		// a request is taken once the broker knows it, not when the ack may still be on
		// its way
		factory.setBlockOnAcknowledge(true);
		return factory;
	}

	/** Over the local partitions, which the run's scope declares whatever the broker. */
	@Bean
	@Primary
	Partitions remotePartitions(ConnectionFactory brokerConnectionFactory, JobExplorer explorer,
			JobRepository repository, WorkersProperties properties) {
		return new RemotePartitions(new JmsTemplate(brokerConnectionFactory), explorer, repository, properties);
	}

	@Bean
	@ConditionalOnProperty(name = "aftercare.command", havingValue = "worker")
	DefaultMessageListenerContainer partitionWorkers(ConnectionFactory brokerConnectionFactory, JobExplorer explorer,
			JobRepository repository, ListableBeanFactory beans, WorkersProperties properties) {
		DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
		container.setConnectionFactory(brokerConnectionFactory);
		container.setDestinationName(properties.queue());
		container.setConcurrentConsumers(properties.threadsOrCores());
		container.setMaxConcurrentConsumers(properties.threadsOrCores());
		container.setMessageListener(new PartitionWorker(explorer, repository, beans, Set.copyOf(properties.steps())));
		return container;
	}

	@Bean
	@ConditionalOnProperty(name = "aftercare.command", havingValue = "worker")
	ApplicationListener<ApplicationReadyEvent> workerReady(ArtemisProperties artemis, WorkersProperties properties) {
		return (event) -> logger.info("Worker ready: {} partitions at a time of {} from queue {} at {}",
				properties.threadsOrCores(), properties.steps(), properties.queue(), artemis.getBrokerUrl());
	}

}
