package dev.aftercare.approvals;

import java.util.Locale;

/** Finance's word on a credit line, as the approval drop-down spells it. */
public enum Approval {

	PENDING("Pending"), APPROVED("Approved"), REJECTED("Rejected");

	private final String label;

	Approval(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The approval a cell holds, in any case; blank is Pending.
	 * @return {@code null} when the text is none of them
	 */
	static Approval parse(String text) {
		if (text == null || text.isBlank()) {
			return PENDING;
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		for (Approval approval : values()) {
			if (approval.label.toLowerCase(Locale.ROOT).equals(wanted)) {
				return approval;
			}
		}
		return null;
	}

	static Approval ofLabel(String label) {
		return valueOf(label.toUpperCase(Locale.ROOT));
	}

}
