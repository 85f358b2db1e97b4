/**
 * A deterministic generator of the job's input files: a SaaS company's customers,
 * subscriptions, a month of incidents, usage and tickets, for demos, load tests and the
 * samples.
 */
package dev.aftercare.generate;
