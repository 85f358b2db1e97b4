package dev.aftercare.guard;

/**
 * A run stopped before publishing because an input file shrank; the message names each
 * such file with both counts.
 */
public class InputShrankException extends RuntimeException {

	InputShrankException(String message) {
		super(message);
	}

}
