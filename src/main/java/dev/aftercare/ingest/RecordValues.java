package dev.aftercare.ingest;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The cells of one record by header name, as a view over the record's cells: every row of
 * a file shares one header index instead of building a map of its own, which at tens of
 * millions of usage rows is most of the cost of reading them.
 */
final class RecordValues extends AbstractMap<String, String> {

	private final HeaderIndex header;

	private final List<String> cells;

	RecordValues(HeaderIndex header, List<String> cells) {
		this.header = header;
		this.cells = cells;
	}

	@Override
	public String get(Object column) {
		int index = this.header.indexOf(column);
		return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : null;
	}

	@Override
	public boolean containsKey(Object column) {
		int index = this.header.indexOf(column);
		return index >= 0 && index < this.cells.size();
	}

	@Override
	public Set<Entry<String, String>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, String>> iterator() {
				return new Iterator<>() {

					private int next = advance(0);

					@Override
					public boolean hasNext() {
						return this.next < RecordValues.this.header.size();
					}

					@Override
					public Entry<String, String> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						int index = this.next;
						this.next = advance(index + 1);
						return new SimpleImmutableEntry<>(RecordValues.this.header.name(index),
								RecordValues.this.cells.get(index));
					}

				};
			}

			@Override
			public int size() {
				int size = 0;
				for (int i = advance(0); i < RecordValues.this.header.size(); i = advance(i + 1)) {
					size++;
				}
				return size;
			}

		};
	}

	// the next position from `from` on that has a cell and is the first column of its
	// name
	private int advance(int from) {
		int index = from;
		while (index < this.header.size()
				&& (index >= this.cells.size() || this.header.indexOf(this.header.name(index)) != index)) {
			index++;
		}
		return index;
	}

	/**
	 * Column name to position, for the named columns of a header; a repeated name means
	 * its first column, and unnamed columns have no name.
	 */
	static final class HeaderIndex {

		private final List<String> names;

		private final Map<String, Integer> positions = new HashMap<>();

		HeaderIndex(List<String> names) {
			this.names = List.copyOf(names);
			for (int i = 0; i < names.size(); i++) {
				if (!names.get(i).isEmpty()) {
					// the checks ask for columns by constant names, which are interned:
					// an interned key matches them by reference, without comparing text,
					// on each of the tens of millions of lookups a usage file takes
					this.positions.putIfAbsent(names.get(i).intern(), i);
				}
			}
		}

		int indexOf(Object name) {
			Integer index = this.positions.get(name);
			return (index != null) ? index : -1;
		}

		String name(int index) {
			return this.names.get(index);
		}

		int size() {
			return this.names.size();
		}

	}

}
