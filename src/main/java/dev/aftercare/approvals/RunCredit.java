package dev.aftercare.approvals;

import java.math.BigDecimal;

/** A credit line as one run computed it. */
record RunCredit(LineKey key, String customerName, String currency, String basis, BigDecimal amount) {
}
