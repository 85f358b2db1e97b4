/**
 * What the job writes for people and systems: billing CSV files, spreadsheets and
 * postmortems.
 */
package dev.aftercare.reports;
