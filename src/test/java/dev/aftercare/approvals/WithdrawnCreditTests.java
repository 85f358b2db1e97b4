package dev.aftercare.approvals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line approved and handed over that a later run no longer credits (its incident was
 * taken out of the export) comes back to finance at 0, Pending, until a new decision
 * takes the amount back from billing.
 */
class WithdrawnCreditTests extends FinanceTestSupport {

	@Test
	void anApprovedLineARunNoLongerCreditsIsPendingAtZeroAndItsApprovalTakesTheAmountBack() throws Exception {
		Path input = copyOf(FIXTURE);
		assertThat(run(input, this.output, PERIOD).succeeded()).isTrue();
		Path first = this.output.resolve("first.xlsx");
		Reviewer.edit(workbook(), first, (r) -> r.decide("C-FREE", "dashboard", "Approved", "alice", null)
			.decide("C-ENT", "api", "Rejected", "alice", "duplicate"));
		assertThat(this.finance.approve(this.output, first, PERIOD).exitCode()).isZero();
		assertThat(Finance.outboxFiles(this.output)).hasSize(1);
		// the dashboard outage is taken out of the export: C-FREE's 0.78 goodwill is gone
		List<String> incidents = Files.readAllLines(input.resolve("incidents.csv"));
		Files.write(input.resolve("incidents.csv"),
				incidents.stream().filter((line) -> !line.startsWith("INC-F,")).toList());

		assertThat(run(input, this.output, PERIOD).succeeded()).isTrue();

		assertThat(Files.readString(this.output.resolve(PERIOD).resolve("credits.csv")))
			.doesNotContain("C-FREE,Zoë's Café,free,dashboard");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "dashboard", "credit_amount")).isEqualTo("0.00");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "dashboard", "basis")).isEqualTo("none");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "dashboard", "approval")).isEqualTo("Pending");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "dashboard", "comment"))
			.startsWith("Pending again: the amount changed from 0.78 to 0.00 EUR since alice set Approved on ")
			.endsWith("; billing holds 0.78 until it is decided again");
		// a rejected line billing holds nothing for is not listed again; nothing moved
		assertThat(Finance.outboxFiles(this.output)).hasSize(1);
		this.finance.assertSumRule(this.output, PERIOD);

		Path second = this.output.resolve("second.xlsx");
		Reviewer.edit(workbook(), second,
				(r) -> r.decide("C-FREE", "dashboard", "Approved", "bob", "the outage was withdrawn"));
		Finance.Result approve = this.finance.approve(this.output, second, PERIOD);

		assertThat(approve.exitCode()).isZero();
		assertThat(approve.stdout()).contains("1 lines approved");
		List<Path> files = Finance.outboxFiles(this.output);
		assertThat(files).hasSize(2);
		assertThat(Files.readAllLines(files.get(1))).hasSize(2)
			.element(1)
			.asString()
			.startsWith("2026-10,C-FREE,Zoë's Café,dashboard,eu-west,EUR,0.78,-0.78,0.00,bob,");
		this.finance.assertSumRule(this.output, PERIOD);
		// the next run shows the decision at 0 and hands nothing more
		assertThat(run(input, this.output, PERIOD).succeeded()).isTrue();
		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "dashboard", "approval")).isEqualTo("Approved");
		assertThat(Reviewer.cell(workbook(), "Credits", "C-FREE", "dashboard", "comment"))
			.isEqualTo("the outage was withdrawn");
		assertThat(Finance.outboxFiles(this.output)).isEqualTo(files);
		this.finance.assertSumRule(this.output, PERIOD);
	}

	@Test
	void aLineNoRunCreditedAndNobodyDecidedIsRefused() throws Exception {
		assertThat(run(FIXTURE, this.output, PERIOD).succeeded()).isTrue();
		Path forged = this.output.resolve("forged.xlsx");
		Reviewer.edit(workbook(), forged,
				(r) -> r.decide("C-ENT", "api", "Approved", "mallory", null)
					.setNumber("Credits", "C-ENT", "api", "credit_amount", 0)
					.setText("Credits", "C-ENT", "service", "storage"));

		Finance.Result approve = this.finance.approve(this.output, forged, PERIOD);

		assertThat(approve.exitCode()).isEqualTo(2);
		assertThat(approve.stderr()).containsPattern("C-ENT.*storage.* is not a line run [0-9]+ computed");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM credit_decision", Long.class)).isZero();
	}

}
