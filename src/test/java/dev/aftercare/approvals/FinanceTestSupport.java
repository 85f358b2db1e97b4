package dev.aftercare.approvals;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import dev.aftercare.system.JobTestSupport;
import dev.aftercare.system.PeriodLock;

/**
 * Base of the tests of finance's loop on the October fixture: each starts with no
 * decision, hand-off or note, and a new output folder.
 */
abstract class FinanceTestSupport extends JobTestSupport {

	static final Path FIXTURE = Path.of("src/test/resources/runs/october");

	static final String PERIOD = "2026-10";

	@Autowired
	ApprovalImport approvals;

	@Autowired
	BillingOutbox outbox;

	@Autowired
	private PeriodLock lock;

	@Autowired
	DecisionStore decisions;

	Path output;

	Finance finance;

	@BeforeEach
	@AfterEach
	void noDecisionsYet() {
		Finance.forgetAll(this.jdbc);
		this.output = temporaryDirectory("finance");
		this.finance = new Finance(this.approvals, this.outbox, this.lock, this.decisions);
	}

	Path workbook() {
		return this.output.resolve(PERIOD).resolve("credit-review.xlsx");
	}

}
