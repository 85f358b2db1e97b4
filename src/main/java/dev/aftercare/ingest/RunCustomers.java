package dev.aftercare.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import dev.aftercare.model.Customer;
import dev.aftercare.run.ThisRun;

/**
 * The customers a run accepted, read once per job execution and process after the
 * customers' step, and handed to every later file's check, the usage partitions included:
 * reading them again per file, or per partition, would cost a query of every customer
 * each time. Not job-scoped, because partitions run on threads (or in worker processes)
 * where Spring Batch keeps no job context. A restart is a new job execution, so it reads
 * them again, with what it loaded since.
 */
@Component
class RunCustomers {

	private final JdbcTemplate jdbc;

	private long executionId = -1;

	private InMemoryKnown customers;

	RunCustomers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The customers of the run; read on the first call of its execution, which comes
	 * after they are loaded, and only read after that, from several partitions at once.
	 */
	synchronized InMemoryKnown known(ThisRun run) {
		if (this.customers == null || this.executionId != run.executionId()) {
			this.customers = stored(this.jdbc, run.id());
			this.executionId = run.executionId();
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
