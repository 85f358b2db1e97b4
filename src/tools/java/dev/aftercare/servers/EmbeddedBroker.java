package dev.aftercare.servers;

import java.nio.file.Path;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An ActiveMQ Artemis broker in this JVM, listening on localhost alone, without users:
 * for one machine and the tests, never for a network.
 */
public final class EmbeddedBroker implements AutoCloseable {

	private final EmbeddedActiveMQ server;

	private final String url;

	private EmbeddedBroker(EmbeddedActiveMQ server, String url) {
		this.server = server;
		this.url = url;
	}

	/** Starts a broker on {@code port} keeping its messages in {@code dataDirectory}. */
	public static EmbeddedBroker start(int port, Path dataDirectory) throws Exception {
		String url = "tcp://localhost:" + port;
		Configuration configuration = new ConfigurationImpl().setSecurityEnabled(false)
			.setPersistenceEnabled(true)
			.setJournalDirectory(dataDirectory.resolve("journal").toString())
			.setBindingsDirectory(dataDirectory.resolve("bindings").toString())
			.setLargeMessagesDirectory(dataDirectory.resolve("large-messages").toString())
			.setPagingDirectory(dataDirectory.resolve("paging").toString())
			.addAcceptorConfiguration("tcp", url);
		EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(configuration);
		server.start();
		return new EmbeddedBroker(server, url);
	}

	/** What {@code spring.artemis.broker-url} is set to. */
	public String url() {
		return this.url;
	}

	@Override
	public void close() throws Exception {
		this.server.stop();
	}

}
