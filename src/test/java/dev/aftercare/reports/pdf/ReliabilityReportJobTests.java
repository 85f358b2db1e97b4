package dev.aftercare.reports.pdf;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.aftercare.reports.pdf.InternalDetail.CurrencyTotal;
import dev.aftercare.run.ExitCode;
import dev.aftercare.system.JobTestSupport;
import dev.aftercare.system.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly report on the October test month, where overlapping incidents on api /
 * eu-west share credit lines, one is announced maintenance and one is customer-caused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliabilityReportJobTests extends JobTestSupport {

	private static final Path INPUT = Path.of("src/test/resources/runs/october");

	private Path period;

	private RunFacts facts;

	@BeforeAll
	void runOctober() {
		Path output = temporaryDirectory("aftercare-report");
		RunOutcome outcome = run(INPUT, output, "2026-10");
		assertThat(outcome.exitCode()).isEqualTo(ExitCode.SUCCESS);
		this.period = output.resolve("2026-10");
		long runId = this.jdbc.queryForObject("SELECT max(run_id) FROM credit", Long.class);
		this.facts = new PostmortemStore(this.jdbc).load(runId);
	}

	@Test
	void creditsPerIncidentAddUpToTheMonthsTotal() {
		// the month has lines that several incidents caused
		assertThat(this.jdbc
			.queryForObject("SELECT count(*) FROM credit WHERE credit_amount > 0 AND cardinality(incident_ids) > 1"
					+ " AND run_id = (SELECT max(run_id) FROM credit)", Long.class))
			.isPositive();
		Map<String, BigDecimal> summed = new TreeMap<>();
		this.facts.shares()
			.values()
			.forEach((totals) -> totals
				.forEach((total) -> summed.merge(total.currency(), total.amount(), BigDecimal::add)));
		Map<String, BigDecimal> month = new TreeMap<>();
		this.facts.monthTotals().forEach((total) -> month.put(total.currency(), total.amount()));
		assertThat(summed).hasSameSizeAs(month);
		month.forEach((currency, amount) -> assertThat(summed.get(currency)).as(currency).isEqualByComparingTo(amount));
	}

	@Test
	void excludedIncidentsGetNoShare() {
		for (String excluded : List.of("INC-C", "INC-H")) {
			assertThat(RunFacts.of(this.facts.shares(), excluded)).as(excluded)
				.allMatch((CurrencyTotal total) -> total.amount().signum() == 0);
		}
	}

	@Test
	void theReportShowsTheSharesAndTheirTotal() {
		String text = Samples.text(this.period.resolve("internal/reliability-report.pdf"));
		StringBuilder total = new StringBuilder("Total");
		this.facts.monthTotals()
			.forEach((month) -> total.append(' ').append(PostmortemText.money(month.currency(), month.amount())));
		assertThat(text).contains(total.toString(), "split between them in proportion to the weighted downtime")
			.contains("INTERNAL: for Example Cloud staff only");
	}

}
