/**
 * Reading the input CSV files of the data contract: header checks, a restartable row
 * reader, and one check per file that turns a row into a record or a reason to reject it.
 */
package dev.aftercare.ingest;
