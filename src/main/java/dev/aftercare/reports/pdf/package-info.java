/**
 * The postmortems leadership publishes, their internal editions, and the monthly
 * reliability report.
 */
package dev.aftercare.reports.pdf;
