package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import dev.aftercare.run.RunParameters;
import dev.aftercare.summary.RunFigures;

/**
 * How a run ended: its exit code and, unless it succeeded, the one line that says why.
 *
 * @param parameters the run's parameters, {@code null} when it never started
 * @param figures what the run amounted to; none when it never started
 */
public record RunOutcome(ExitCode exitCode, String message, RunParameters parameters, RunFigures figures) {

	static RunOutcome failed(ExitCode exitCode, String message, RunParameters parameters) {
		return new RunOutcome(exitCode, message, parameters, RunFigures.NONE);
	}

	public boolean succeeded() {
		return this.exitCode.succeeded();
	}

	/** Input rows rejected by the run. */
	public long rejectedRows() {
		return this.figures.rejectedRows();
	}

}
