package dev.aftercare.ingest;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.Ticket;

import static org.assertj.core.api.Assertions.assertThat;

class TicketRowCheckTests {

	private static final CsvRow TICKET = Rows.row(InputFile.TICKETS, 2, "ticket_id", "T1", "customer_id", "C1",
			"incident_id", "I1", "opened_at", "2026-10-03T16:30:00+02:00", "channel", "twitter", "public", "true",
			"sentiment", "negative", "subject", " API down?! ");

	private final TicketRowCheck check = new TicketRowCheck(Fixtures.known());

	@Test
	void validRowBecomesATicket() {
		assertThat(this.check.check(TICKET).value()).isEqualTo(new Ticket("T1", "C1", "I1",
				Instant.parse("2026-10-03T14:30:00Z"), "twitter", true, "negative", " API down?! "));
	}

	@Test
	void optionalValuesMayBeAbsent() {
		Ticket ticket = this.check
			.check(Rows.with(TICKET, "incident_id", "", "public", null, "sentiment", " ", "subject", null))
			.value();
		assertThat(ticket.incidentId()).isNull();
		assertThat(ticket.publicChannel()).isFalse();
		assertThat(ticket.sentiment()).isNull();
		assertThat(ticket.subject()).isNull();
	}

	@Test
	void publicIsTrueOrFalseOnly() {
		assertThat(this.check.check(Rows.with(TICKET, "public", "false")).value().publicChannel()).isFalse();
		assertThat(this.check.check(Rows.with(TICKET, "public", "yes")).reason())
			.isEqualTo("public 'yes' is not one of true, false");
		assertThat(this.check.check(Rows.with(TICKET, "public", "TRUE")).isAccepted()).isFalse();
	}

	@Test
	void enumsAreChecked() {
		assertThat(this.check.check(Rows.with(TICKET, "channel", "fax")).reason())
			.isEqualTo("channel 'fax' is not one of email, chat, phone, twitter, facebook, other");
		assertThat(this.check.check(Rows.with(TICKET, "channel", "")).reason())
			.isEqualTo("channel is required but empty");
		assertThat(this.check.check(Rows.with(TICKET, "sentiment", "angry")).reason())
			.isEqualTo("sentiment 'angry' is not one of positive, neutral, negative, abusive");
	}

	@Test
	void unknownReferencesAreRejected() {
		assertThat(this.check.check(Rows.with(TICKET, "customer_id", "C999")).reason())
			.isEqualTo("unknown customer_id 'C999'");
		assertThat(this.check.check(Rows.with(TICKET, "incident_id", "I9")).reason())
			.isEqualTo("unknown incident_id 'I9'");
	}

	@Test
	void duplicateIdIsRejected() {
		assertThat(this.check.check(Rows.at(TICKET, 3)).isAccepted()).isTrue();
		assertThat(this.check.check(Rows.at(TICKET, 4)).reason())
			.isEqualTo("duplicate key ticket_id=T1 (first accepted at line 3)");
	}

}
