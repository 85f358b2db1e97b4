/**
 * What an incident did to each service and region over time: status timelines built from
 * the status events, impact windows, exclusions, and which subscriptions an incident
 * affects.
 */
package dev.aftercare.impact;
