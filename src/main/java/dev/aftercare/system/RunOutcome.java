package dev.aftercare.system;

/**
 * How a run ended: its exit code and, unless it succeeded, the one line that says why.
 *
 * @param parameters the run's parameters, {@code null} when it never started
 * @param rejectedRows input rows rejected by the run
 */
public record RunOutcome(ExitCode exitCode, String message, RunParameters parameters, long rejectedRows) {

	static RunOutcome failed(ExitCode exitCode, String message, RunParameters parameters) {
		return new RunOutcome(exitCode, message, parameters, 0);
	}

	public boolean succeeded() {
		return this.exitCode == ExitCode.SUCCESS;
	}

}
