/**
 * The floor the benchmark compares the job with: the same input files loaded into
 * PostgreSQL with {@code COPY} and nothing else.
 */
package dev.aftercare.bench;
