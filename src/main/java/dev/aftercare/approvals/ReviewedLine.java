package dev.aftercare.approvals;

import java.math.BigDecimal;

/**
 * One line of a reviewed Credits sheet.
 *
 * @param row where the line is: "sheet Credits, row 5"
 * @param amountCell where its {@code credit_amount} is, to name in a refusal
 */
record ReviewedLine(String row, LineKey key, BigDecimal amount, String amountCell, Approval approval, String reviewer,
		String comment) {

	boolean decided() {
		return this.approval != Approval.PENDING;
	}

}
