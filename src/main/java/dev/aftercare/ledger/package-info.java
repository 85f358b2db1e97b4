/**
 * What each successful run exported to billing, and what changed since: the ledger and
 * the credit adjustments that keep a rerun from ever crediting a customer twice.
 */
package dev.aftercare.ledger;
