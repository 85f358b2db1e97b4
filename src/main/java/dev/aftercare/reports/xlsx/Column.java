package dev.aftercare.reports.xlsx;

import java.util.List;

/** A column of a list sheet: its header and its width in characters. */
record Column(String header, int width) {

	/** The column letter of position {@code index}: 0 is A. */
	static String letter(int index) {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
	}

	static int indexOf(List<Column> columns, String header) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).header().equals(header)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column " + header);
	}

}
