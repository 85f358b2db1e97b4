package dev.aftercare.approvals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.transaction.support.TransactionTemplate;

import dev.aftercare.credits.MinorUnit;

/**
 * Takes in a reviewed {@code credit-review.xlsx}: checks it is a run's of this period,
 * line for line and cent for cent, then stores each new decision in one transaction. A
 * refused workbook stores nothing.
 */
public class ApprovalImport {

	public static final String APPROVE = "approve";

	static final String CARRIED_OVER = "carried over";

	private final DecisionStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public ApprovalImport(DecisionStore store, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @param source {@link #APPROVE} or {@link #CARRIED_OVER}
	 * @throws WorkbookRefusedException when the workbook is not what a run of the period
	 * wrote, or a decision in it is incomplete
	 */
	public ImportResult take(Path file, YearMonth period, String source) {
		ReviewedWorkbook workbook = ReviewedWorkbook.read(file);
		return this.transactions.execute((status) -> take(workbook, period.toString(), source));
	}

	private ImportResult take(ReviewedWorkbook workbook, String period, String source) {
		String name = workbook.fileName();
		if (!period.equals(workbook.period())) {
			throw new WorkbookRefusedException(name + ": sheet Summary, Period " + workbook.period()
					+ " is not the period " + period + ": the workbook is from another month");
		}
		Long runId = this.store.completedRun(period, workbook.run());
		if (runId == null) {
			throw new WorkbookRefusedException(name + ": sheet Summary, Run " + workbook.run()
					+ " is no completed run of " + period + ": the workbook is not from a run of this period");
		}
		Map<LineKey, RunCredit> computed = this.store.credits(runId);
		Map<LineKey, Decision> latest = this.store.latest(period);
		check(workbook, computed, latest);
		if (this.store.imported(workbook.sha256())) {
			return new ImportResult(name, workbook.run(), true, 0, 0, 0, 0);
		}
		Long latestRun = this.store.latestCompletedRun(period);
		Map<LineKey, RunCredit> current = runId.equals(latestRun) ? computed : this.store.credits(latestRun);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		int approved = 0;
		int rejected = 0;
		int unchanged = 0;
		int stale = 0;
		for (ReviewedLine line : workbook.lines()) {
			if (!line.decided()) {
				// Pending takes nothing back: a decision is taken back by the opposite
				// one
				continue;
			}
			Decision previous = latest.get(line.key());
			RunCredit currentCredit = current.containsKey(line.key()) ? current.get(line.key())
					: withdrawn(line, previous);
			if (currentCredit == null || currentCredit.amount().compareTo(line.amount()) != 0) {
				stale++;
				continue;
			}
			if (previous != null && previous.approval() == line.approval() && previous.holdsFor(line.amount())
					&& Objects.equals(previous.reviewer(), line.reviewer())
					&& Objects.equals(previous.comment(), line.comment())) {
				unchanged++;
				continue;
			}
			this.store.add(period, runId,
					new Decision(line.key(), currentCredit.customerName(), currentCredit.currency(), line.approval(),
							MinorUnit.round(currentCredit.amount(), currentCredit.currency()), line.reviewer(),
							line.comment(), now, null),
					workbook.sha256());
			if (line.approval() == Approval.APPROVED) {
				approved++;
			}
			else {
				rejected++;
			}
		}
		ImportResult result = new ImportResult(name, workbook.run(), false, approved, rejected, unchanged, stale);
		this.store.recordImport(workbook, period, runId, source, result.decisions(), now);
		return result;
	}

	/**
	 * A line the run no longer credits, listed at 0 so that finance decides it again: a
	 * credit of 0, or {@code null} when the line is not such a one.
	 */
	private static RunCredit withdrawn(ReviewedLine line, Decision previous) {
		if (previous == null || line.amount().signum() != 0) {
			return null;
		}
		return new RunCredit(line.key(), previous.customerName(), previous.currency(), "none",
				MinorUnit.round(BigDecimal.ZERO, previous.currency()));
	}

	/**
	 * Every line is one the run computed, once, with the amount it computed, or one it no
	 * longer credits, at 0.
	 */
	private static void check(ReviewedWorkbook workbook, Map<LineKey, RunCredit> computed,
			Map<LineKey, Decision> latest) {
		Map<LineKey, String> seen = new HashMap<>();
		for (ReviewedLine line : workbook.lines()) {
			RunCredit credit = computed.containsKey(line.key()) ? computed.get(line.key())
					: withdrawn(line, latest.get(line.key()));
			if (credit == null) {
				throw new WorkbookRefusedException(workbook.fileName() + ": " + line.row() + ": " + line.key()
						+ " is not a line run " + workbook.run() + " computed");
			}
			String first = seen.putIfAbsent(line.key(), line.row());
			if (first != null) {
				throw new WorkbookRefusedException(workbook.fileName() + ": " + line.row() + ": " + line.key()
						+ " is listed twice (first in " + first + ")");
			}
			if (credit.amount().compareTo(line.amount()) != 0) {
				throw new WorkbookRefusedException(
						line.amountCell() + ": credit_amount " + line.amount().stripTrailingZeros().toPlainString()
								+ " is not the " + credit.amount().toPlainString() + " run " + workbook.run()
								+ " computed for " + line.key() + ": an edited amount is not an approval");
			}
		}
	}

}
