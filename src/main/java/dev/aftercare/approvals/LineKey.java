package dev.aftercare.approvals;

/** A credit line of a period: one subscription. */
public record LineKey(String customerId, String service, String region) {

	@Override
	public String toString() {
		return this.customerId + " " + this.service + " " + this.region;
	}

}
