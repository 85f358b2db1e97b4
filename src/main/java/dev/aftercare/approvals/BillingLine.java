package dev.aftercare.approvals;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of a billing file: what billing held for the line, what this file adds, and the
 * approved total it comes to.
 */
record BillingLine(String period, LineKey key, String customerName, String currency, BigDecimal previousAmount,
		BigDecimal adjustmentAmount, BigDecimal approvedAmount, String reviewer, Instant approvedAt) {
}
