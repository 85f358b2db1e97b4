package dev.aftercare.run;

import java.nio.file.Path;
import java.time.YearMonth;

import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;

/**
 * The parameters of one credit run, as the job carries them. A period and a run number
 * identify a run; the rest may change between a crash and its restart, except that The
 * run history restarts a run only on the inputs it was given.
 *
 * @param terms the terms file, or {@code null} for the bundled default
 * @param inputs the fingerprint of the inputs, or {@code null} for a run launched before
 * runs carried one
 * @param acceptShrink whether the operator accepted inputs that shrank since the last
 * successful run ({@code --accept-shrink})
 */
public record RunParameters(YearMonth period, long run, Path input, Path output, Path terms, String inputs,
		boolean acceptShrink) {

	/** The credit run's job, whose instances are the runs. */
	public static final String JOB_NAME = "creditRun";

	static final String PERIOD = "period";

	static final String RUN = "run";

	static final String INPUT = "input";

	static final String OUTPUT = "output";

	static final String TERMS = "terms";

	public static final String INPUTS = "inputs";

	static final String ACCEPT_SHRINK = "acceptShrink";

	static final String EXIT_CODE_ON_REJECTS = "exitCodeOnRejects";

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addString(PERIOD, this.period.toString())
			.addLong(RUN, this.run)
			.addString(INPUT, this.input.toString(), false)
			.addString(OUTPUT, this.output.toString(), false)
			.addString(ACCEPT_SHRINK, String.valueOf(this.acceptShrink), false);
		if (this.inputs != null) {
			builder.addString(INPUTS, this.inputs, false);
		}
		if (this.terms != null) {
			builder.addString(TERMS, this.terms.toString(), false);
		}
		return builder.toJobParameters();
	}

	/**
	 * What tells run {@code run} of {@code period} from every other: the parameters under
	 * which the job repository keeps it.
	 */
	public static JobParameters identifying(String period, long run) {
		return new JobParametersBuilder().addString(PERIOD, period).addLong(RUN, run).toJobParameters();
	}

	public static RunParameters of(JobParameters parameters) {
		String terms = parameters.getString(TERMS);
		return new RunParameters(YearMonth.parse(parameters.getString(PERIOD)), parameters.getLong(RUN),
				Path.of(parameters.getString(INPUT)), Path.of(parameters.getString(OUTPUT)),
				(terms != null) ? Path.of(terms) : null, parameters.getString(INPUTS),
				Boolean.parseBoolean(parameters.getString(ACCEPT_SHRINK)));
	}

	public static RunParameters of(StepExecution stepExecution) {
		return of(stepExecution.getJobParameters());
	}

	/**
	 * {@code parameters} that say whether rejected rows end the run with exit code 4: not
	 * identifying, so that a restart may change it.
	 */
	public static JobParameters withExitCodeOnRejects(JobParameters parameters, boolean exitCodeOnRejects) {
		return new JobParametersBuilder(parameters)
			.addString(EXIT_CODE_ON_REJECTS, String.valueOf(exitCodeOnRejects), false)
			.toJobParameters();
	}

	/** The exit code of a run that completed with {@code rejectedRows}. */
	public static ExitCode successCode(JobParameters parameters, long rejectedRows) {
		boolean asked = Boolean.parseBoolean(parameters.getString(EXIT_CODE_ON_REJECTS));
		return (asked && rejectedRows > 0) ? ExitCode.SUCCESS_WITH_REJECTS : ExitCode.SUCCESS;
	}

	/** The database key of the run: the job instance, the same across restarts. */
	public static long runId(StepExecution stepExecution) {
		return stepExecution.getJobExecution().getJobInstance().getInstanceId();
	}

	/** Where this run's outputs are written before they are moved into place. */
	public Path stagingDirectory() {
		return this.output.resolve("." + this.period + ".incomplete");
	}

	/** Where the outputs of the period are published. */
	public Path periodDirectory() {
		return this.output.resolve(this.period.toString());
	}

}
