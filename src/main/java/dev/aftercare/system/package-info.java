/**
 * Running the job: the command line, the embedded PostgreSQL default, the outcome and
 * exit code, and moving finished outputs into place.
 */
package dev.aftercare.system;
