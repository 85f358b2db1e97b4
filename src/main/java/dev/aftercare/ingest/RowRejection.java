package dev.aftercare.ingest;

/**
 * Why a row breaks the contract. Thrown inside a check and turned into
 * {@link Checked#rejected}; it is expected, so it carries no stack trace.
 */
final class RowRejection extends RuntimeException {

	RowRejection(String reason) {
		super(reason, null, false, false);
	}

}
