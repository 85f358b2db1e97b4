/**
 * The records every part of the job shares: customers, subscriptions, incidents and their
 * timeline, usage and tickets, as the data contract defines them.
 */
package dev.aftercare.model;
