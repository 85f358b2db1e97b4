package dev.aftercare.ingest;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The unique keys of one file accepted so far, each with the line that was accepted
 * first: those already stored (asked from {@link Known}) and those accepted in this run.
 * Only accepted rows claim a key, so a valid row may reuse the key of an earlier rejected
 * one. The same line claiming its key again (a chunk processed twice) is not a duplicate.
 *
 * @param <K> the key
 */
final class AcceptedKeys<K> {

	private final Map<K, Long> firstLines = new ConcurrentHashMap<>();

	private final Function<K, OptionalLong> stored;

	AcceptedKeys(Function<K, OptionalLong> stored) {
		this.stored = stored;
	}

	/**
	 * Claims {@code key} for the row at {@code line}; the last step of a check.
	 * @throws RowRejection when another line was accepted with the same key
	 */
	void claim(K key, long line, String keyText) {
		OptionalLong storedLine = this.stored.apply(key);
		if (storedLine.isPresent() && storedLine.getAsLong() != line) {
			throw duplicate(keyText, storedLine.getAsLong());
		}
		Long first = this.firstLines.putIfAbsent(key, line);
		if (first != null && first != line) {
			throw duplicate(keyText, first);
		}
	}

	private static RowRejection duplicate(String keyText, long firstLine) {
		return new RowRejection("duplicate key " + keyText + " (first accepted at line " + firstLine + ")");
	}

}
