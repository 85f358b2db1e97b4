/**
 * Reading the input CSV files of the data contract: header checks, a restartable row
 * reader, one check per file that turns a row into a record or a reason to reject it, and
 * one Spring Batch step per file, configured here, with the run's customers read once and
 * handed to every later file.
 */
package dev.aftercare.ingest;
