package dev.aftercare.approvals;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A decision on a credit line: it holds for {@code amount} only.
 *
 * @param policy the auto-approval policy that decided, or {@code null} for a person
 */
public record Decision(LineKey key, String customerName, String currency, Approval approval, BigDecimal amount,
		String reviewer, String comment, Instant decidedAt, String policy) {

	/** Whether the decision is about this amount, so still in force for the line. */
	public boolean holdsFor(BigDecimal currentAmount) {
		return this.amount.compareTo(currentAmount) == 0;
	}

	/** What billing should hold for the line while this decision is the latest. */
	BigDecimal billedAmount() {
		return (this.approval == Approval.APPROVED) ? this.amount : BigDecimal.ZERO;
	}

}
