package dev.aftercare.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.exporter.pushgateway.Format;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.aftercare.ingest.InputFile;
import dev.aftercare.run.ExitCode;
import dev.aftercare.run.RunParameters;

/**
 * A run's metrics in Prometheus's text format, written by Micrometer's Prometheus
 * registry: Spring Batch's own job, step and chunk meters, plus the run's outcome,
 * credits and rejects. They go to {@code metrics.prom} beside {@code run-summary.json},
 * and to node-exporter's textfile directory and a Pushgateway when those are set. A
 * failed run writes them too: that is when monitoring needs them most.
 */
public class RunMetrics {

	static final String FILE_NAME = "metrics.prom";

	/** The file node-exporter's textfile collector reads: one per job. */
	static final String TEXTFILE_NAME = "aftercare.prom";

	private static final Logger logger = LoggerFactory.getLogger(RunMetrics.class);

	private final PrometheusMeterRegistry registry;

	private final MetricsProperties settings;

	private final String version;

	public RunMetrics(PrometheusMeterRegistry registry, MetricsProperties settings, String version) {
		this.registry = registry;
		this.settings = settings;
		this.version = version;
	}

	/**
	 * Records how the run of {@code period} ended and writes the metrics out.
	 * @param parameters the run's parameters, {@code null} when it never started
	 * @param output the run's {@code --output}
	 */
	public void publish(ExitCode exitCode, RunParameters parameters, RunFigures figures, Path output, YearMonth period,
			Duration elapsed) {
		record(exitCode, parameters, figures, period, elapsed);
		String text = this.registry.scrape();
		write(output.resolve(period.toString()).resolve(FILE_NAME), text);
		if (this.settings.textfileDirectory() != null) {
			write(this.settings.textfileDirectory().resolve(TEXTFILE_NAME), text);
		}
		if (this.settings.pushgatewayUrl() != null) {
			push(this.settings.pushgatewayUrl());
		}
	}

	private void record(ExitCode exitCode, RunParameters parameters, RunFigures figures, YearMonth period,
			Duration elapsed) {
		Tags run = Tags.of("period", period.toString(), "run",
				(parameters != null) ? String.valueOf(parameters.run()) : "");
		gauge("aftercare.build.info", "The job's version", run.and("version", this.version), 1);
		gauge("aftercare.run.exit.code",
				"The run's exit code: 0 success, 4 success with rejects, 1 failed, 2 refused," + " 3 locked", run,
				exitCode.code());
		gauge("aftercare.run.success", "1 when the run published its outputs, else 0", run,
				exitCode.succeeded() ? 1 : 0);
		gauge("aftercare.run.end.time.seconds", "When the run ended, in seconds since the epoch", run,
				Instant.now().getEpochSecond());
		gauge("aftercare.run.duration.seconds", "The process's time, start-up included", run,
				elapsed.toMillis() / 1000.0);
		figures.credits()
			.forEach((currency, amount) -> gauge("aftercare.credit.amount",
					"Credited amount in the currency's major unit (run-summary.json has it exact)",
					run.and("currency", currency), amount.doubleValue()));
		figures.creditLines()
			.forEach((currency, lines) -> gauge("aftercare.credit.lines", "Credit lines of the run",
					run.and("currency", currency), lines));
		for (InputFile file : InputFile.values()) {
			gauge("aftercare.rejected.rows", "Input rows rejected, per file", run.and("file", file.fileName()),
					figures.rejectedRows(file.fileName()));
		}
	}

	private void gauge(String name, String description, Tags tags, double value) {
		Gauge.builder(name, () -> value)
			.description(description)
			.tags(tags)
			.strongReference(true)
			.register(this.registry);
	}

	/** Written aside and moved into place, so that a scraper never reads half a file. */
	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// the run's outcome stands: metrics that cannot be written are said in the
			// log
			logger.warn("Cannot write the metrics to {}: {}", file, ex.getMessage());
		}
	}

	private void push(java.net.URI url) {
		try {
			int port = (url.getPort() != -1) ? url.getPort() : 9091;
			PushGateway.builder()
				.scheme(Scheme.fromString(url.getScheme()))
				.address(url.getHost() + ":" + port)
				.job(this.settings.job())
				.format(Format.PROMETHEUS_TEXT)
				.registry(this.registry.getPrometheusRegistry())
				.build()
				.push();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Cannot push the metrics to {}: {}", url, ex.getMessage());
		}
	}

}
