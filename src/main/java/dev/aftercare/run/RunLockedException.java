package dev.aftercare.run;

/** Another run holds what this one needs: the period's lock or the embedded database. */
public class RunLockedException extends RuntimeException {

	public RunLockedException(String message) {
		super(message);
	}

}
