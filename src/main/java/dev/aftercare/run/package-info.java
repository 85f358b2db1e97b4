/**
 * What a run is, below every feature: its parameters and the step-scoped
 * {@link dev.aftercare.run.ThisRun}, its terms, exit codes, invalid-input errors, private
 * files and the one progress listener every long step reports through.
 */
package dev.aftercare.run;
