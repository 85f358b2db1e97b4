package dev.aftercare.ingest;

/**
 * Characters the reader puts into values to say what it could not keep. Each is a lone
 * low surrogate, which no valid UTF-8 decodes to, so none can come from the file itself;
 * the checks turn them into reasons and the rejects into readable text.
 */
final class Marks {

	/** Stands for bytes that are not valid UTF-8. */
	static final char NOT_UTF8 = '\uDFFF';

	/** Ends a value the reader cut at {@link Limits#VALUE_CAP}. */
	static final char VALUE_CUT = '\uDFFE';

	/** Ends the last value of a record the reader cut at {@link Limits#RECORD_CAP}. */
	static final char RECORD_CUT = '\uDFFD';

	private Marks() {
	}

}
