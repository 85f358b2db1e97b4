package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import dev.aftercare.run.RunRequest;
import dev.aftercare.summary.MetricsProperties;
import dev.aftercare.summary.RunMetrics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricDataParser;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.types.MetricType;
import org.hawkular.agent.prometheus.types.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics of a run on the hand-worked October, read back with a Prometheus
 * text-format parser that is not the writer: Hawkular's, as a scraper would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunMetricsTests extends JobTestSupport {

	private static final Path INPUT = Path.of("src/test/resources/runs/october");

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	@Autowired
	private PrometheusMeterRegistry registry;

	@Autowired
	private RunMetrics metrics;

	private Path output;

	private RunOutcome outcome;

	@BeforeAll
	void runOctober() {
		this.output = temporaryDirectory("metrics-out");
		this.outcome = this.creditRun.run(new RunRequest(INPUT, this.output, OCTOBER, null, false, true, true));
		this.metrics.publish(this.outcome.exitCode(), this.outcome.parameters(), this.outcome.figures(), this.output,
				OCTOBER, Duration.ofMillis(12_500));
	}

	@Test
	void metricsPromBesideTheSummaryHoldsTheRunsOutcomeCreditsAndRejects() throws IOException {
		assertThat(this.outcome.exitCode()).isEqualTo(ExitCode.SUCCESS_WITH_REJECTS);
		Path file = this.output.resolve("2026-10/metrics.prom");
		assertThat(file.resolveSibling("run-summary.json")).exists();
		Map<String, MetricFamily> families = parse(Files.newInputStream(file));
		long run = this.outcome.parameters().run();
		assertThat(gauge(families, "aftercare_run_exit_code", "period", "2026-10", "run", String.valueOf(run)))
			.isEqualTo(4.0);
		assertThat(gauge(families, "aftercare_run_success", "period", "2026-10")).isEqualTo(1.0);
		assertThat(gauge(families, "aftercare_run_duration_seconds", "period", "2026-10")).isEqualTo(12.5);
		assertThat(gauge(families, "aftercare_credit_amount", "currency", "USD")).isEqualTo(27.49);
		assertThat(gauge(families, "aftercare_credit_amount", "currency", "JPY")).isEqualTo(1235.0);
		assertThat(gauge(families, "aftercare_credit_lines", "currency", "USD")).isEqualTo(2.0);
		assertThat(gauge(families, "aftercare_rejected_rows", "file", "subscriptions.csv")).isEqualTo(2.0);
		assertThat(gauge(families, "aftercare_rejected_rows", "file", "usage.csv")).isEqualTo(1.0);
		assertThat(gauge(families, "aftercare_build_info", "period", "2026-10")).isEqualTo(1.0);
		assertThat(families.get("aftercare_build_info").getMetrics().get(0).getLabels().get("version"))
			.matches("\\d+\\.\\d+\\.\\d+.*");
		double rejected = families.get("aftercare_rejected_rows")
			.getMetrics()
			.stream()
			.mapToDouble((metric) -> ((Gauge) metric).getValue())
			.sum();
		assertThat(rejected).isEqualTo(8.0);
	}

	@Test
	void springBatchsOwnMetricsTimeTheJobAndEachStep() throws IOException {
		Map<String, MetricFamily> families = parse(Files.newInputStream(this.output.resolve("2026-10/metrics.prom")));
		MetricFamily job = families.get("spring_batch_job_seconds");
		assertThat(job.getType()).isEqualTo(MetricType.SUMMARY);
		assertThat(job.getMetrics()).anySatisfy((metric) -> {
			assertThat(metric.getLabels()).containsEntry("spring_batch_job_name", "creditRun")
				.containsEntry("spring_batch_job_status", "COMPLETED");
			// the test context, and so its registry, may have served other classes' runs
			assertThat(((Summary) metric).getSampleCount()).isPositive();
		});
		List<String> steps = new ArrayList<>();
		for (Metric metric : families.get("spring_batch_step_seconds").getMetrics()) {
			steps.add(metric.getLabels().get("spring_batch_step_name"));
		}
		assertThat(steps).contains("ingestCustomers", "ingestUsage", "assessSubscriptions", "writeSummary", "publish");
	}

	@Test
	void theTextfileDirectoryAndThePushgatewayGetTheSameMetrics() throws IOException {
		Path textfiles = temporaryDirectory("textfiles");
		List<byte[]> pushed = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		HttpServer pushgateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		pushgateway.createContext("/", (exchange) -> {
			paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
			pushed.add(exchange.getRequestBody().readAllBytes());
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		pushgateway.start();
		try {
			RunMetrics elsewhere = new RunMetrics(this.registry,
					new MetricsProperties(textfiles,
							URI.create("http://127.0.0.1:" + pushgateway.getAddress().getPort()), "aftercare"),
					"1.2.3");
			Path other = temporaryDirectory("metrics-other");
			elsewhere.publish(this.outcome.exitCode(), this.outcome.parameters(), this.outcome.figures(), other,
					OCTOBER, Duration.ofSeconds(3));
		}
		finally {
			pushgateway.stop(0);
		}
		Map<String, MetricFamily> textfile = parse(Files.newInputStream(textfiles.resolve("aftercare.prom")));
		assertThat(gauge(textfile, "aftercare_run_exit_code", "period", "2026-10")).isEqualTo(4.0);
		assertThat(paths).containsExactly("PUT /metrics/job/aftercare");
		Map<String, MetricFamily> received = parse(new ByteArrayInputStream(pushed.get(0)));
		assertThat(gauge(received, "aftercare_credit_amount", "currency", "USD")).isEqualTo(27.49);
		assertThat(received.keySet()).contains("spring_batch_job_seconds");
		assertThat(textfiles).isDirectoryNotContaining("glob:**/.*.tmp");
	}

	private static Map<String, MetricFamily> parse(InputStream in) throws IOException {
		Map<String, MetricFamily> families = new LinkedHashMap<>();
		try (in) {
			TextPrometheusMetricDataParser parser = new TextPrometheusMetricDataParser(in);
			for (MetricFamily family = parser.parse(); family != null; family = parser.parse()) {
				families.put(family.getName(), family);
			}
		}
		return families;
	}

	/** The value of the one sample of {@code name} whose labels hold {@code labels}. */
	private static double gauge(Map<String, MetricFamily> families, String name, String... labels) {
		assertThat(families).containsKey(name);
		List<Metric> matching = families.get(name).getMetrics().stream().filter((metric) -> {
			for (int i = 0; i < labels.length; i += 2) {
				if (!labels[i + 1].equals(metric.getLabels().get(labels[i]))) {
					return false;
				}
			}
			return true;
		}).toList();
		assertThat(matching).as(name).hasSize(1);
		return ((Gauge) matching.get(0)).getValue();
	}

}
