package dev.aftercare.ingest;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import dev.aftercare.model.Customer;
import dev.aftercare.run.ThisRun;

/**
 * The customers a run accepted, read once the customers' step is done and handed to every
 * later file's check: each of them asks for the customers, and reading them again per
 * step was one query of every customer per file.
 */
@Component
@JobScope
class RunCustomers {

	private final JdbcTemplate jdbc;

	private final ThisRun run;

	private InMemoryKnown customers;

	RunCustomers(JdbcTemplate jdbc, ThisRun run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	/**
	 * The customers of the run; read on the first call, which comes after they are
	 * loaded.
	 */
	synchronized InMemoryKnown known() {
		if (this.customers == null) {
			this.customers = stored(this.jdbc, this.run.id());
		}
		return this.customers;
	}

	/** The customers stored so far: all of them, or on a restart those loaded before. */
	static InMemoryKnown stored(JdbcTemplate jdbc, long runId) {
		InMemoryKnown known = new InMemoryKnown();
		jdbc.query("SELECT customer_id, currency, line FROM in_customer WHERE run_id = ?",
				(RowCallbackHandler) (rs) -> known.addCustomer(
						new Customer(rs.getString(1), null, null, rs.getString(2), null, null, null, null, null),
						rs.getLong(3)),
				runId);
		return known;
	}

}
