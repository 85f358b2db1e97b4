package dev.aftercare.ingest;

/**
 * An input file the run cannot go on with: missing, unreadable, a header without a
 * required column, or malformed CSV. The message names the file, and the line when known.
 */
public class InputFileException extends RuntimeException {

	public InputFileException(String message) {
		super(message);
	}

	public InputFileException(String message, Throwable cause) {
		super(message, cause);
	}

	static InputFileException at(String file, long line, String problem) {
		return new InputFileException(file + " line " + line + ": " + problem);
	}

	static InputFileException at(String file, long line, String problem, Throwable cause) {
		return new InputFileException(file + " line " + line + ": " + problem, cause);
	}

}
