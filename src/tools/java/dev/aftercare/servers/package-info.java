/**
 * The two servers the job's multi-process mode shares, for one machine: an ActiveMQ
 * Artemis broker and a PostgreSQL server, each started as the tests start them. In
 * production both are the real thing (docs/scaling.md).
 */
package dev.aftercare.servers;
