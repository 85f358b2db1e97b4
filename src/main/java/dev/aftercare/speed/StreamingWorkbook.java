package dev.aftercare.speed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A workbook whose rows stream to temporary files through a small window, written to its
 * file and cleaned up whatever happens. Its sheets go to disk through
 * {@link SheetXmlWriter}, a subclass of POI's {@code SheetDataWriter}, which
 * {@code PoiSeamTests} guards.
 */
public final class StreamingWorkbook {

	/**
	 * Rows of a sheet kept in memory before they go to disk. Rows are filled one after
	 * the other and never touched again, so a few will do; with 100 the cells had left
	 * the processor's cache by the time they were written, and the writers took 10 to 15
	 * % longer.
	 */
	public static final int WINDOW = 10;

	/**
	 * The tightest of zlib's fast levels (1 to 3). The default, 6, spent about a third of
	 * the time the workbooks took on compressing, for files 12 to 33 % smaller.
	 */
	static final int COMPRESSION = 3;

	private StreamingWorkbook() {
	}

	public static <T> T write(Path file, Content<T> content) throws IOException {
		SXSSFWorkbook workbook = new Workbook();
		// uncompressed temporary files write a third faster; a million credit lines take
		// about 1 GB of temporary space until the workbook is written
		workbook.setCompressTempFiles(false);
		try {
			T result = content.fill(workbook);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			return result;
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	/** SXSSF whose sheets go to disk through {@link SheetXmlWriter}. */
	private static final class Workbook extends SXSSFWorkbook {

		Workbook() {
			super(WINDOW);
		}

		@Override
		protected SheetDataWriter createSheetDataWriter() throws IOException {
			return new SheetXmlWriter();
		}

		@Override
		protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
			ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
			zip.setLevel(COMPRESSION);
			return zip;
		}

	}

	/** What goes into the workbook; returns what the caller wants to know about it. */
	@FunctionalInterface
	public interface Content<T> {

		T fill(SXSSFWorkbook workbook) throws IOException;

	}

}
