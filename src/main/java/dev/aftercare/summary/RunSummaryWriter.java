package dev.aftercare.summary;

import dev.aftercare.run.RunParameters;
import dev.aftercare.run.TermsSource;
import dev.aftercare.run.ThisRun;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.credits.MinorUnit;
import dev.aftercare.impact.IncidentStore;
import dev.aftercare.ingest.InputFile;
import dev.aftercare.model.Incident;

/**
 * Writes {@code run-summary.json}: what ops and monitoring read after a run. Every row
 * read is accounted for per file; money is written as decimal strings with the currency's
 * minor-unit decimals, which no JSON reader turns into a binary double.
 */
public class RunSummaryWriter {

	private static final String FILE_COUNTS = """
			SELECT f.file, f.read,
			       CASE f.file
			         WHEN 'customers.csv' THEN (SELECT count(*) FROM in_customer t WHERE t.run_id = f.run_id)
			         WHEN 'subscriptions.csv' THEN (SELECT count(*) FROM in_subscription t WHERE t.run_id = f.run_id)
			         WHEN 'incidents.csv' THEN (SELECT count(*) FROM in_incident t WHERE t.run_id = f.run_id)
			         WHEN 'incident_events.csv' THEN (SELECT count(*) FROM in_incident_event t WHERE t.run_id = f.run_id)
			         WHEN 'tickets.csv' THEN (SELECT count(*) FROM in_ticket t WHERE t.run_id = f.run_id)
			         ELSE f.accepted -- usage.csv or a part of usage/: its rows are not kept
			       END AS accepted,
			       (SELECT count(*) FROM input_reject r WHERE r.run_id = f.run_id AND r.file = f.file) AS rejected
			FROM input_file_count f WHERE f.run_id = ?
			ORDER BY %s
			"""
		.formatted(InputFile.sqlOrder("f.file"));

	private static final String TOTALS = """
			SELECT currency, basis, count(*) AS lines, sum(credit_amount) AS amount
			FROM credit WHERE run_id = ? GROUP BY currency, basis ORDER BY currency, basis
			""";

	private final JdbcTemplate jdbc;

	private final RunFiguresQuery figures;

	private final String version;

	private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

	/**
	 * @param version the job's version, as its build recorded it
	 */
	public RunSummaryWriter(JdbcTemplate jdbc, String version) {
		this.jdbc = jdbc;
		this.figures = new RunFiguresQuery(jdbc);
		this.version = version;
	}

	/** What the run amounted to, read back from what it stored. */
	public RunFigures figures(long runId) {
		return this.figures.of(runId);
	}

	public void write(Path file, ThisRun run, JobExecution job) throws IOException {
		RunParameters parameters = run.parameters();
		long runId = run.id();
		RunFigures figures = this.figures.of(runId);
		Map<String, Object> summary = new LinkedHashMap<>();
		// written once everything else is: a summary that exists tells of a run that
		// completed, and is published only with its outputs
		summary.put("status", "completed");
		summary.put("exit_code", RunParameters.successCode(job.getJobParameters(), figures.rejectedRows()).code());
		summary.put("version", this.version);
		summary.put("period", parameters.period().toString());
		summary.put("run", parameters.run());
		summary.put("job_execution_id", job.getId());
		summary.put("started_at", instant(job.getStartTime()));
		summary.put("written_at", Instant.now().toString());
		summary.put("input", absolute(parameters.input()));
		summary.put("output", absolute(parameters.periodDirectory()));
		summary.put("terms", (parameters.terms() != null) ? absolute(parameters.terms()) : "bundled default");
		summary.put("terms_sha256", TermsSource.sha256(parameters.terms()));
		summary.put("files", fileCounts(runId));
		summary.put("rejects", figures.rejects());
		summary.put("open_incidents", openIncidents(runId));
		summary.put("totals_per_currency", totals(runId));
		summary.put("adjustments_per_currency", adjustments(runId));
		summary.put("step_seconds", stepSeconds(job));
		this.json.writeValue(file.toFile(), summary);
	}

	private Map<String, Object> fileCounts(long runId) {
		Map<String, Object> files = new LinkedHashMap<>();
		this.jdbc.query(FILE_COUNTS, (rs) -> {
			Map<String, Object> counts = new LinkedHashMap<>();
			counts.put("read", rs.getLong("read"));
			counts.put("accepted", rs.getLong("accepted"));
			counts.put("rejected", rs.getLong("rejected"));
			files.put(rs.getString("file"), counts);
		}, runId);
		return files;
	}

	private List<Map<String, Object>> openIncidents(long runId) {
		List<Map<String, Object>> open = new ArrayList<>();
		for (Incident incident : new IncidentStore(this.jdbc).incidents(runId)) {
			if (!incident.isResolved()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("incident_id", incident.incidentId());
				entry.put("title", incident.title());
				entry.put("started_at", incident.startedAt().toString());
				open.add(entry);
			}
		}
		return open;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> totals(long runId) {
		Map<String, Object> totals = new LinkedHashMap<>();
		this.jdbc.query(TOTALS, (rs) -> {
			String currency = rs.getString("currency");
			Map<String, Object> entry = (Map<String, Object>) totals.computeIfAbsent(currency, (key) -> {
				Map<String, Object> fresh = new LinkedHashMap<>();
				fresh.put("credit_lines", 0L);
				fresh.put("credit_amount", MinorUnit.round(BigDecimal.ZERO, currency).toPlainString());
				fresh.put("by_basis", new LinkedHashMap<String, Object>());
				return fresh;
			});
			BigDecimal amount = MinorUnit.round(rs.getBigDecimal("amount"), currency);
			entry.put("credit_lines", (Long) entry.get("credit_lines") + rs.getLong("lines"));
			entry.put("credit_amount", new BigDecimal((String) entry.get("credit_amount")).add(amount).toPlainString());
			Map<String, Object> basis = new LinkedHashMap<>();
			basis.put("lines", rs.getLong("lines"));
			basis.put("amount", amount.toPlainString());
			((Map<String, Object>) entry.get("by_basis")).put(rs.getString("basis"), basis);
		}, runId);
		return totals;
	}

	private Map<String, Object> adjustments(long runId) {
		Map<String, Object> adjustments = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT currency, count(*) AS lines, sum(adjustment_amount) AS amount
				FROM credit_adjustment WHERE run_id = ? GROUP BY currency ORDER BY currency
				""", (rs) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("lines", rs.getLong("lines"));
			entry.put("adjustment_amount",
					MinorUnit.round(rs.getBigDecimal("amount"), rs.getString("currency")).toPlainString());
			adjustments.put(rs.getString("currency"), entry);
		}, runId);
		return adjustments;
	}

	private Map<String, Object> stepSeconds(JobExecution job) {
		Map<String, Object> seconds = new LinkedHashMap<>();
		for (StepExecution step : job.getStepExecutions()) {
			if (step.getStartTime() != null && step.getEndTime() != null) {
				seconds.put(step.getStepName(),
						BigDecimal.valueOf(Duration.between(step.getStartTime(), step.getEndTime()).toMillis(), 3));
			}
		}
		return seconds;
	}

	private static String absolute(Path path) {
		return path.toAbsolutePath().normalize().toString();
	}

	private static String instant(LocalDateTime time) {
		return (time != null) ? time.atZone(ZoneId.systemDefault()).toInstant().toString() : null;
	}

}
