package dev.aftercare.approvals;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

import dev.aftercare.credits.MinorUnit;

/**
 * Approves, in the nightly run, the credits the policy covers, recorded as approved by
 * the policy. It never overrides a person: a line someone decided, even on an older
 * amount, waits for them.
 */
public class AutoApproval {

	static final String REVIEWER = "auto-approval policy";

	private static final Logger logger = LoggerFactory.getLogger(AutoApproval.class);

	private final AutoApprovalSettings settings;

	private final DecisionStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public AutoApproval(AutoApprovalSettings settings, DecisionStore store, TransactionTemplate transactions,
			Clock clock) {
		this.settings = settings;
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @return the lines approved
	 */
	public int approve(String period, long runId) {
		if (!this.settings.enabled()) {
			return 0;
		}
		Integer approved = this.transactions.execute((status) -> {
			Map<LineKey, Decision> latest = this.store.latest(period);
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
			int count = 0;
			for (RunCredit credit : this.store.credits(runId).values()) {
				Decision previous = latest.get(credit.key());
				boolean undecided = previous == null
						|| (previous.policy() != null && !previous.holdsFor(credit.amount()));
				if (undecided && this.settings.covers(credit)) {
					String policy = this.settings.describe(credit.currency());
					this.store.add(period, runId,
							new Decision(credit.key(), credit.customerName(), credit.currency(), Approval.APPROVED,
									MinorUnit.round(credit.amount(), credit.currency()), REVIEWER,
									"approved by policy: " + policy, now, policy),
							null);
					count++;
				}
			}
			return count;
		});
		logger.info("Auto-approval of {}: {} lines approved by the policy", period, approved);
		return approved;
	}

}
