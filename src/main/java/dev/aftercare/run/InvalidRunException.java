package dev.aftercare.run;

/**
 * A run that cannot start because of what it was given; the message says what and where.
 */
public class InvalidRunException extends RuntimeException {

	public InvalidRunException(String message) {
		super(message);
	}

}
