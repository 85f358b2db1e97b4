package dev.aftercare.model;

import java.time.LocalDate;

/** A row of {@code usage.csv}; {@code errors} is {@code null} when absent. */
public record Usage(String customerId, String service, String region, LocalDate date, long requests, Long errors) {
}
