/**
 * The CSV outputs of a run, streamed from the database in the contract's column order.
 */
package dev.aftercare.reports.csv;
