package dev.aftercare.impact;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.speed.CopyStream;

/**
 * The usage lookback, answered while usage streams past on its way into the database: a
 * customer relies on an impacted (service, region) when it has {@code requests > 0} there
 * on some date from {@code date(start) − lookback} through {@code date(end)} of the
 * impact window. One bit per window and customer, so that memory grows with the windows
 * and the relying customers, never with the usage rows, and the tens of millions of rows
 * are read once instead of being scanned again.
 */
public final class UsageLookback {

	private static final String WINDOWS = """
			SELECT incident_id, service, region, usage_from, usage_until FROM impact_window
			WHERE run_id = ? ORDER BY incident_id, service, region
			""";

	private static final String ADD = """
			INSERT INTO reliance (run_id, incident_id, customer_id, service, region)
			SELECT ?, incident_id, customer_id, service, region FROM reliance_found
			ORDER BY customer_id, service, region, incident_id
			ON CONFLICT DO NOTHING
			""";

	private final Map<String, Map<String, List<Window>>> windowsByScope = new HashMap<>();

	private final List<Window> windows = new ArrayList<>();

	private final Map<String, Integer> customerIndex = new HashMap<>();

	private final List<String> customerIds = new ArrayList<>();

	private UsageLookback() {
	}

	/** The lookback of the impact windows the run has written. */
	public static UsageLookback of(JdbcTemplate jdbc, long runId) {
		UsageLookback lookback = new UsageLookback();
		jdbc.query(WINDOWS, (rs) -> {
			lookback.add(new Window(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getObject(5, LocalDate.class)));
		}, runId);
		return lookback;
	}

	/** The lookback of the given windows, for a test. */
	static UsageLookback of(List<Window> windows) {
		UsageLookback lookback = new UsageLookback();
		windows.forEach(lookback::add);
		return lookback;
	}

	private void add(Window window) {
		this.windows.add(window);
		this.windowsByScope.computeIfAbsent(window.service(), (service) -> new HashMap<>())
			.computeIfAbsent(window.region(), (region) -> new ArrayList<>())
			.add(window);
	}

	/** Takes one accepted usage row into account. */
	public void record(String customerId, String service, String region, LocalDate date, long requests) {
		if (requests <= 0) {
			return;
		}
		Map<String, List<Window>> regions = this.windowsByScope.get(service);
		List<Window> scoped = (regions != null) ? regions.get(region) : null;
		if (scoped == null) {
			return;
		}
		for (Window window : scoped) {
			if (!date.isBefore(window.usageFrom()) && !date.isAfter(window.usageUntil())) {
				window.customers().set(indexOf(customerId));
			}
		}
	}

	private int indexOf(String customerId) {
		Integer index = this.customerIndex.get(customerId);
		if (index == null) {
			index = this.customerIds.size();
			this.customerIndex.put(customerId, index);
			this.customerIds.add(customerId);
		}
		return index;
	}

	/** The customers found relying on one window, in the order first seen. */
	List<String> customersOf(String incidentId, String service, String region) {
		List<String> customers = new ArrayList<>();
		for (Window window : this.windows) {
			if (window.incidentId().equals(incidentId) && window.service().equals(service)
					&& window.region().equals(region)) {
				window.customers().stream().forEach((i) -> customers.add(this.customerIds.get(i)));
			}
		}
		return customers;
	}

	/**
	 * Adds what was found to the run's {@code reliance} rows: one per window and relying
	 * customer. Usage read in partitions, each with a lookback of its own, finds some
	 * reliances more than once; a reliance is a fact, not a sum, so the rows are a union:
	 * one already there is kept, and a partition read again adds nothing twice. Returns
	 * how many rows this lookback found.
	 */
	public long store(JdbcTemplate jdbc, long runId) {
		List<Reliance> rows = new ArrayList<>();
		for (Window window : this.windows) {
			BitSet customers = window.customers();
			for (int i = customers.nextSetBit(0); i >= 0; i = customers.nextSetBit(i + 1)) {
				rows.add(new Reliance(this.customerIds.get(i), window));
			}
		}
		// in the order of the table's key, so that PostgreSQL appends to its
		// index instead of inserting all over it: half the time at 400,000 rows
		rows.sort(Reliance.KEY_ORDER);
		// COPY takes no ON CONFLICT: the rows go through a table of this connection
		jdbc.execute((ConnectionCallback<Long>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("""
						CREATE TEMPORARY TABLE reliance_found
						(incident_id TEXT, customer_id TEXT, service TEXT, region TEXT)
						""");
			}
			try (CopyStream copy = CopyStream.open(connection,
					"COPY reliance_found (incident_id, customer_id, service, region) FROM STDIN (FORMAT csv)")) {
				for (Reliance reliance : rows) {
					copy.row(reliance.window().incidentId(), reliance.customerId(), reliance.window().service(),
							reliance.window().region());
				}
			}
			try (PreparedStatement insert = connection.prepareStatement(ADD)) {
				insert.setLong(1, runId);
				insert.executeUpdate();
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE reliance_found");
			}
			return null;
		});
		return rows.size();
	}

	/** One row of {@code reliance}. */
	private record Reliance(String customerId, Window window) {

		static final Comparator<Reliance> KEY_ORDER = Comparator.comparing(Reliance::customerId)
			.thenComparing((reliance) -> reliance.window().service())
			.thenComparing((reliance) -> reliance.window().region())
			.thenComparing((reliance) -> reliance.window().incidentId());

	}

	/** Which customers, by index, relied on the window's (service, region). */
	record Window(String incidentId, String service, String region, LocalDate usageFrom, LocalDate usageUntil,
			BitSet customers) {

		Window(String incidentId, String service, String region, LocalDate usageFrom, LocalDate usageUntil) {
			this(incidentId, service, region, usageFrom, usageUntil, new BitSet());
		}

	}

}
