package dev.aftercare.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputFileTests {

	@Test
	void filesAreLoadedSoThatReferencesPointBackwards() {
		assertThat(InputFile.values()).containsExactly(InputFile.CUSTOMERS, InputFile.SUBSCRIPTIONS,
				InputFile.INCIDENTS, InputFile.INCIDENT_EVENTS, InputFile.USAGE, InputFile.TICKETS);
	}

	@Test
	void onlyTicketsAreOptional() {
		for (InputFile file : InputFile.values()) {
			assertThat(file.optional()).as(file.fileName()).isEqualTo(file == InputFile.TICKETS);
		}
	}

	@Test
	void requiredColumnsFollowTheContract() {
		assertThat(InputFile.CUSTOMERS.requiredColumns()).containsExactly("customer_id", "name", "plan", "currency");
		assertThat(InputFile.SUBSCRIPTIONS.requiredColumns()).containsExactly("customer_id", "service", "region",
				"monthly_fee", "started_on");
		assertThat(InputFile.INCIDENTS.requiredColumns()).containsExactly("incident_id", "title", "severity", "type",
				"services", "regions", "started_at");
		assertThat(InputFile.USAGE.requiredColumns()).containsExactly("customer_id", "service", "region", "date",
				"requests");
		assertThat(InputFile.TICKETS.requiredColumns()).containsExactly("ticket_id", "customer_id", "opened_at",
				"channel");
	}

	@Test
	void eventStatusIsNotARequiredColumn() {
		assertThat(InputFile.INCIDENT_EVENTS.requiredColumns()).containsExactly("incident_id", "occurred_at", "kind",
				"visibility");
		assertThat(InputFile.INCIDENT_EVENTS.defines("status")).isTrue();
	}

	@Test
	void fileNames() {
		assertThat(InputFile.INCIDENT_EVENTS.fileName()).isEqualTo("incident_events.csv");
		assertThat(InputFile.TICKETS.fileName()).isEqualTo("tickets.csv");
	}

}
