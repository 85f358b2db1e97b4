package dev.aftercare.terms;

import java.math.BigDecimal;

/**
 * A step of a plan's credit schedule: uptime below {@code uptimeBelow} earns
 * {@code creditPercent}.
 */
public record Tier(BigDecimal uptimeBelow, BigDecimal creditPercent) {
}
