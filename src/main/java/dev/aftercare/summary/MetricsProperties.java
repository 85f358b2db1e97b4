package dev.aftercare.summary;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a run's metrics go besides {@code OUTPUT/<period>/metrics.prom}.
 *
 * @param textfileDirectory node-exporter's textfile collector directory, or {@code null}
 * @param pushgatewayUrl a Prometheus Pushgateway, such as
 * {@code http://pushgateway:9091}, or {@code null}
 * @param job the Pushgateway's job label
 */
@ConfigurationProperties("aftercare.metrics")
public record MetricsProperties(Path textfileDirectory, URI pushgatewayUrl, @DefaultValue("aftercare") String job) {
}
