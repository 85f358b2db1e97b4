package dev.aftercare.terms;

import java.math.BigDecimal;

/**
 * The credit offered when one incident alone was this long, although no SLA was breached.
 */
public record Goodwill(BigDecimal minIncidentMinutes, BigDecimal creditPercent) {
}
