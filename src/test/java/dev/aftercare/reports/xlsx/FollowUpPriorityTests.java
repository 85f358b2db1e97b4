package dev.aftercare.reports.xlsx;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpPriorityTests {

	@Test
	void aComplaintIsACallEvenWithoutANumberOnFile() {
		assertThat(FollowUpPriority.PUBLIC_OR_ABUSIVE.recommendedChannel(customer("sms", "a@x", "+1")))
			.isEqualTo("phone");
		assertThat(FollowUpPriority.NEGATIVE.recommendedChannel(customer("email", "a@x", null)))
			.startsWith("phone (no number on file");
	}

	@Test
	void otherwiseThePreferredChannelWhenWeCanReachThemThere() {
		assertThat(FollowUpPriority.AFFECTED.recommendedChannel(customer("sms", "a@x", "+1"))).isEqualTo("sms");
		assertThat(FollowUpPriority.AFFECTED.recommendedChannel(customer("sms", "a@x", null))).isEqualTo("email");
		assertThat(FollowUpPriority.AFFECTED.recommendedChannel(customer("email", null, "+1"))).isEqualTo("phone");
		assertThat(FollowUpPriority.AFFECTED.recommendedChannel(customer("chat", null, null))).isEqualTo("chat");
		assertThat(FollowUpPriority.AFFECTED.recommendedChannel(customer("email", null, null)))
			.isEqualTo("account manager");
	}

	@Test
	void ranksComeFromTheQueryInOrder() {
		assertThat(FollowUpPriority.ofRank(1)).isEqualTo(FollowUpPriority.PUBLIC_OR_ABUSIVE);
		assertThat(FollowUpPriority.ofRank(3)).isEqualTo(FollowUpPriority.AFFECTED);
	}

	private static FollowUpCustomer customer(String preferred, String email, String phone) {
		return new FollowUpCustomer(3, "C1", "Acme", null, email, phone, preferred, null, "USD", List.of(),
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "none", 1, null, null);
	}

}
