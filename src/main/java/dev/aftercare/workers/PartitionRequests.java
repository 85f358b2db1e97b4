package dev.aftercare.workers;

import java.util.Map;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;

/**
 * The manager's partition requests on the broker's queue, as map messages of three plain
 * values rather than serialized Java objects, which a broker rightly refuses to
 * deserialize unless told to trust them.
 */
final class PartitionRequests implements MessageChannel {

	private static final String STEP = "step";

	private static final String JOB_EXECUTION = "jobExecution";

	private static final String STEP_EXECUTION = "stepExecution";

	private final JmsTemplate jms;

	private final String queue;

	PartitionRequests(JmsTemplate jms, String queue) {
		this.jms = jms;
		this.queue = queue;
	}

	@Override
	public boolean send(Message<?> message, long timeout) {
		StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
		this.jms.convertAndSend(this.queue, Map.of(STEP, request.getStepName(), JOB_EXECUTION,
				request.getJobExecutionId(), STEP_EXECUTION, request.getStepExecutionId()));
		return true;
	}

	static StepExecutionRequest read(MapMessage message) throws JMSException {
		return new StepExecutionRequest(message.getString(STEP), message.getLong(JOB_EXECUTION),
				message.getLong(STEP_EXECUTION));
	}

}
