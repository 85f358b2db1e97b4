package dev.aftercare.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data (by default {@code ~/.aftercare/pgdata},
 * set in {@code application.yml}), its port (0: any free one), whether it writes durably
 * (only tests that throw their database away turn that off), and how long a run waits
 * while a run of another period uses it.
 */
@ConfigurationProperties("aftercare.embedded-database")
record EmbeddedDatabaseProperties(Path dataDirectory, @DefaultValue("0") int port,
		@DefaultValue("true") boolean durable, @DefaultValue("30m") Duration lockWait) {
}
