package dev.aftercare.approvals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional policy that lets the nightly run approve small credits by itself: off
 * unless enabled, and then only for the listed bases and currencies, up to each
 * currency's ceiling.
 *
 * @param bases the credit bases it covers: {@code sla}, {@code goodwill}
 * @param ceilings per ISO 4217 code, the largest credit it approves
 */
@ConfigurationProperties("aftercare.approvals.auto-approval")
public record AutoApprovalSettings(@DefaultValue("false") boolean enabled, @DefaultValue("sla") List<String> bases,
		Map<String, BigDecimal> ceilings) {

	public AutoApprovalSettings {
		ceilings = (ceilings != null) ? new TreeMap<>(ceilings) : Map.of();
		for (String basis : bases) {
			if (!List.of("sla", "goodwill").contains(basis)) {
				throw new IllegalArgumentException(
						"aftercare.approvals.auto-approval.bases: '" + basis + "' is neither sla nor goodwill");
			}
		}
		ceilings.forEach((currency, ceiling) -> {
			try {
				Currency.getInstance(currency);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"aftercare.approvals.auto-approval.ceilings: '" + currency + "' is not an ISO 4217 code");
			}
			if (ceiling == null || ceiling.signum() < 0) {
				throw new IllegalArgumentException(
						"aftercare.approvals.auto-approval.ceilings." + currency + " must be 0 or more");
			}
		});
		bases = List.copyOf(bases);
	}

	/** Whether the policy approves this credit. */
	boolean covers(RunCredit credit) {
		BigDecimal ceiling = this.ceilings.get(credit.currency());
		return this.enabled && ceiling != null && this.bases.contains(credit.basis()) && credit.amount().signum() > 0
				&& credit.amount().compareTo(ceiling) <= 0;
	}

	String describe(String currency) {
		return String.join("/", this.bases) + " credits up to " + currency + " "
				+ this.ceilings.get(currency).toPlainString();
	}

}
