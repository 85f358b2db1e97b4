package dev.aftercare.approvals;

/**
 * What taking in a reviewed workbook did.
 *
 * @param alreadyImported the same file was taken in before: nothing changed
 * @param stale decided lines whose amount changed after the workbook's run: they stay
 * Pending until decided on the current amount
 */
public record ImportResult(String fileName, long run, boolean alreadyImported, int approved, int rejected,
		int unchanged, int stale) {

	int decisions() {
		return this.approved + this.rejected;
	}

	public String describe() {
		if (this.alreadyImported) {
			return this.fileName + " was imported before: nothing changed";
		}
		return this.fileName + " (run " + this.run + "): " + this.approved + " lines approved, " + this.rejected
				+ " rejected, " + this.unchanged + " already decided so" + ((this.stale > 0)
						? ", " + this.stale + " left Pending because a later run changed their amount" : "");
	}

}
