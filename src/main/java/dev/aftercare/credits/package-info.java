/**
 * The credit rules of the contract in plain Java: weighted downtime with overlaps never
 * adding up, uptime, tiers compared exactly, caps, goodwill, and rounding to the
 * currency's minor unit.
 */
package dev.aftercare.credits;
