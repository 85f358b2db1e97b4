package dev.aftercare.reports.xlsx;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.aftercare.approvals.Approval;
import dev.aftercare.approvals.Decision;
import dev.aftercare.credits.CreditLine;
import dev.aftercare.credits.MinorUnit;

/**
 * What a credit line's approval, reviewer and comment show: the stored decision while it
 * is about the line's amount; Pending, and why, once the amount changed.
 */
record ReviewColumns(String approval, String reviewer, String comment) {

	static final ReviewColumns UNDECIDED = new ReviewColumns(Approval.PENDING.label(), null, null);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	static ReviewColumns of(CreditLine line, Decision decision) {
		if (decision == null) {
			return UNDECIDED;
		}
		if (decision.holdsFor(line.creditAmount())) {
			return new ReviewColumns(decision.approval().label(), decision.reviewer(), decision.comment());
		}
		String currency = line.currency();
		String before = MinorUnit.round(decision.amount(), currency).toPlainString();
		String note = "Pending again: the amount changed from " + before + " to "
				+ MinorUnit.round(line.creditAmount(), currency).toPlainString() + " " + currency + " since "
				+ decision.reviewer() + " set " + decision.approval().label() + " on "
				+ DAY.format(decision.decidedAt()) + ((decision.approval() == Approval.APPROVED)
						? "; billing holds " + before + " until it is decided again" : "");
		return new ReviewColumns(Approval.PENDING.label(), null, note);
	}

}
