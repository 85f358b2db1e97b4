package dev.aftercare.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Usage in partitions of neighbouring parts, each about as large as the others: a
 * partition's context holds the names of its parts, which is all a worker needs besides
 * the database. A single {@code usage.csv} is one partition of one part.
 */
class UsagePartitioner implements Partitioner {

	static final String PARTS = "usage.parts";

	private final Path input;

	UsagePartitioner(Path input) {
		this.input = input;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<List<String>> groups = UsageParts.split(this.input, UsageParts.of(this.input), gridSize);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < groups.size(); i++) {
			ExecutionContext context = new ExecutionContext();
			context.put(PARTS, new ArrayList<>(groups.get(i)));
			partitions.put("usage-%04d".formatted(i + 1), context);
		}
		return partitions;
	}

	/** The parts of a partition, in reading order. */
	@SuppressWarnings("unchecked")
	static List<String> partsOf(ExecutionContext context) {
		Object parts = context.get(PARTS);
		if (!(parts instanceof List<?> list)) {
			throw new IllegalStateException("the step's context names no usage parts (" + PARTS + ")");
		}
		return (List<String>) list;
	}

}
