package dev.aftercare.run;

import java.nio.file.Path;

/**
 * The run a step works for, bound once from the job's parameters when the step starts, so
 * that no tasklet or reader decodes them by hand. {@link RunScope} makes it a step-scoped
 * bean: partitions and split flows run on threads of their own, where Spring Batch keeps
 * a step's context but not the job's.
 */
public class ThisRun {

	private final RunParameters parameters;

	private final long id;

	private final long executionId;

	public ThisRun(RunParameters parameters, long id, long executionId) {
		this.parameters = parameters;
		this.id = id;
		this.executionId = executionId;
	}

	public RunParameters parameters() {
		return this.parameters;
	}

	/** The database key of the run: the job instance, the same across restarts. */
	public long id() {
		return this.id;
	}

	/**
	 * The job execution the step is part of: a restart is a new one, and what a run read
	 * before it may have changed since.
	 */
	public long executionId() {
		return this.executionId;
	}

	public Path stagingDirectory() {
		return this.parameters.stagingDirectory();
	}

}
