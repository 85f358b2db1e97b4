package dev.aftercare.run;

/** What the exit code tells the scheduler. */
public enum ExitCode {

	/**
	 * The outputs of the period are in place; rejected rows, if any, are in rejects.csv.
	 */
	SUCCESS(0),
	/** Something went wrong while running: a restart with the same command resumes it. */
	FAILURE(1),
	/**
	 * The arguments, an input file's header, a missing file or the terms are wrong, or an
	 * input file shrank since the last successful run and nothing was published.
	 */
	INVALID_INPUT(2),
	/** Another run of the same period is under way. */
	LOCKED(3),
	/**
	 * The outputs are in place but rows were rejected; only with
	 * {@code --exit-code-on-rejects}, since the contract counts such a run as a success.
	 */
	SUCCESS_WITH_REJECTS(4);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

	/** Whether the run published its outputs. */
	public boolean succeeded() {
		return this == SUCCESS || this == SUCCESS_WITH_REJECTS;
	}

}
