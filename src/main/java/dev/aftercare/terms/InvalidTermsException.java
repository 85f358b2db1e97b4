package dev.aftercare.terms;

/** Terms that cannot be used: the message names the file and the key. */
public class InvalidTermsException extends RuntimeException {

	public InvalidTermsException(String message) {
		super(message);
	}

	public InvalidTermsException(String message, Throwable cause) {
		super(message, cause);
	}

}
