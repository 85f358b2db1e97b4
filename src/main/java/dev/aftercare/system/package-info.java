/**
 * What runs the job and what it runs on: the command line (options, start-up checks, the
 * credit run, approve and worker commands, restart and abandon through Spring Batch's run
 * history, the one exit-code mapping), the job's wiring, the embedded PostgreSQL and its
 * locks, and moving finished outputs into place.
 */
package dev.aftercare.system;
