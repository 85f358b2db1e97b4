package dev.aftercare.run;

/**
 * Something a run checks before it starts, such as the report templates: a problem stops
 * the run with a clear message before anything is written.
 */
public interface PreflightCheck {

	/**
	 * @throws InvalidRunException naming the file and what is wrong with it
	 */
	void check(RunRequest request);

}
