package dev.aftercare.approvals;

/**
 * A reviewed workbook that cannot be taken in; the message names the sheet and cell.
 * Nothing of it is stored.
 */
public class WorkbookRefusedException extends RuntimeException {

	public WorkbookRefusedException(String message) {
		super(message);
	}

}
