package dev.aftercare.reports.xlsx;

/**
 * The order support works through affected customers in. The rank is decided in SQL
 * ({@link WorkbookData}), so that a million customers sort in the database; this says
 * what each rank means and how to reach the customer.
 */
enum FollowUpPriority {

	/** A public or abusive complaint: call, to take it off the public channel. */
	PUBLIC_OR_ABUSIVE(1, "complained in public or abusively: call to take it off the public channel"),

	/** An unhappy ticket: a call mends more than a mail. */
	NEGATIVE(2, "unhappy ticket: call"),

	/** Everyone else affected, biggest impact first. */
	AFFECTED(3, "affected");

	private final int rank;

	private final String reason;

	FollowUpPriority(int rank, String reason) {
		this.rank = rank;
		this.reason = reason;
	}

	int rank() {
		return this.rank;
	}

	String reason() {
		return this.reason;
	}

	static FollowUpPriority ofRank(int rank) {
		for (FollowUpPriority priority : values()) {
			if (priority.rank == rank) {
				return priority;
			}
		}
		throw new IllegalArgumentException("no priority " + rank);
	}

	/**
	 * A call for a complaint, even without a number on file; otherwise the customer's
	 * preferred channel, or one we can reach them on when we lack its address.
	 */
	String recommendedChannel(FollowUpCustomer customer) {
		boolean phone = customer.phone() != null;
		boolean email = customer.email() != null;
		if (this != AFFECTED) {
			return phone ? "phone" : "phone (no number on file: ask the account manager)";
		}
		String preferred = customer.preferredChannel();
		if ("chat".equals(preferred) || ("email".equals(preferred) && email)
				|| (("phone".equals(preferred) || "sms".equals(preferred)) && phone)) {
			return preferred;
		}
		if (email) {
			return "email";
		}
		return phone ? "phone" : "account manager";
	}

}
