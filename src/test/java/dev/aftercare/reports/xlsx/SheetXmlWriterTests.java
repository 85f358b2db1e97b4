package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our writers are only faster: a sheet written through them is byte for byte the sheet
 * POI's own SXSSF writes, for every kind of text it escapes.
 */
class SheetXmlWriterTests {

	private static final List<String> TEXTS = List.of("plain", "", " leading", "trailing ", "<a & \"b\" > 'c'>",
			"line\nfeed\r\nand\ttab", "no-break\u00A0space", "control\u0001\u001F", "not characters \uFFFE\uFFFF",
			"emoji 😀 and 𝄞", "lone \uD83D high", "lone \uDE00 low", "ends high \uD83D", "Müller & Söhne", "日本語",
			"=HYPERLINK(\"http://evil\",\"x\")", "long " + "0123456789<&>".repeat(10_000), "（株）東雲　ｶﾅ",
			"\uFFFD\uFEFF\uFFFE\u00A0", "\u00A0", "\uFFFF", "é\u00A0é\u00A0", "\uDE00 low first",
			"long mixed " + "日本語\u00A0<é\uFFFE\n😀".repeat(10_000));

	@TempDir
	Path directory;

	@Test
	void sheetsAreWhatPoiWrites() throws Exception {
		Path ours = this.directory.resolve("ours.xlsx");
		StreamingWorkbook.write(ours, (workbook) -> {
			fill(workbook);
			return null;
		});
		Path poi = this.directory.resolve("poi.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(StreamingWorkbook.WINDOW);
				OutputStream out = Files.newOutputStream(poi)) {
			fill(workbook);
			workbook.write(out);
			workbook.dispose();
		}
		try (ZipFile expected = new ZipFile(poi.toFile()); ZipFile actual = new ZipFile(ours.toFile())) {
			for (String sheet : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
				assertThat(read(actual, sheet)).as(sheet).isEqualTo(read(expected, sheet));
			}
		}
	}

	private static void fill(Workbook workbook) {
		Styles styles = new Styles(workbook, "#1F4E79");
		Sheet texts = workbook.createSheet("Texts");
		for (int i = 0; i < TEXTS.size(); i++) {
			Row row = texts.createRow(i);
			Cells.text(row, 0, TEXTS.get(i), styles.text);
			Cells.text(row, 1, TEXTS.get(i), null);
			Cells.text(row, 2, null, styles.wrapped);
			row.setHeightInPoints(15f * (i + 1));
		}
		Sheet numbers = workbook.createSheet("Numbers");
		double[] values = { 0, -0.0, 1, 0.1, 446.4, 1e-7, 123456789012.5, Double.MAX_VALUE, Double.NaN };
		CellStyle amount = styles.amount("USD");
		for (int i = 0; i < values.length; i++) {
			Row row = numbers.createRow(i * 3);
			Cells.number(row, 0, values[i], styles.count);
			Cells.number(row, 27, values[i], amount);
			Cells.formula(row, 60, "SUM(A1:A" + (i + 1) + ")", values[i], styles.count);
		}
	}

	private static byte[] read(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		assertThat(entry).as(name).isNotNull();
		return zip.getInputStream(entry).readAllBytes();
	}

}
