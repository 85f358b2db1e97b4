package dev.aftercare.credits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits a run's subscriptions into ranges of customers of about equal size, so that
 * workers, threads here or machines elsewhere, can assess them side by side. The ranges
 * are in the database's collation, the order of the primary keys the candidates are read
 * by.
 */
public class CustomerRangePartitioner implements Partitioner {

	static final String FIRST_CUSTOMER = "firstCustomer";

	static final String LAST_CUSTOMER = "lastCustomer";

	private static final String RANGES = """
			SELECT min(customer_id) AS first_customer, max(customer_id) AS last_customer
			FROM (SELECT customer_id, ntile(?) OVER (ORDER BY customer_id) AS part
			      FROM (SELECT DISTINCT customer_id FROM in_subscription WHERE run_id = ?) AS customers) AS parts
			GROUP BY part ORDER BY part
			""";

	private final JdbcTemplate jdbc;

	private final long runId;

	public CustomerRangePartitioner(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<String[]> ranges = this.jdbc.query(RANGES,
				(rs, row) -> new String[] { rs.getString("first_customer"), rs.getString("last_customer") }, gridSize,
				this.runId);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < ranges.size(); i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FIRST_CUSTOMER, ranges.get(i)[0]);
			context.putString(LAST_CUSTOMER, ranges.get(i)[1]);
			partitions.put("partition" + i, context);
		}
		return partitions;
	}

}
