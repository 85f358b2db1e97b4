package dev.aftercare.terms;

import java.math.BigDecimal;
import java.util.List;

/** A plan's SLA: its target, its credit schedule and the cap on it. */
public record PlanTerms(BigDecimal slaTarget, BigDecimal maxCreditPercent, List<Tier> tiers) {
}
