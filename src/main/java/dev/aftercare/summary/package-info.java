/**
 * What a run amounted to, told to ops and monitoring: {@code run-summary.json}, the
 * figures behind the last log line, and the run's Prometheus metrics.
 */
package dev.aftercare.summary;
