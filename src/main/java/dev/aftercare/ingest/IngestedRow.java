package dev.aftercare.ingest;

/** A row of an input file with the outcome of its check. */
public record IngestedRow<T>(CsvRow row, Checked<T> checked) {
}
