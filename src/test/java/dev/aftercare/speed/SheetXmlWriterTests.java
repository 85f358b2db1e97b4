package dev.aftercare.speed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our writers are only faster: a sheet written through them is byte for byte the sheet
 * POI's own SXSSF writes, for every kind of text it escapes, and reads back cell for cell
 * as the same cells written by plain SXSSF with its defaults.
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
		Path ours = writeOurs();
		Path poi = writePoi();
		try (ZipFile expected = new ZipFile(poi.toFile()); ZipFile actual = new ZipFile(ours.toFile())) {
			for (String sheet : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
				assertThat(read(actual, sheet)).as(sheet).isEqualTo(read(expected, sheet));
			}
		}
	}

	@Test
	void theCellsReadBackAsPoisOwn() throws Exception {
		assertThat(cells(writeOurs())).isEqualTo(cells(writePoi())).hasSizeGreaterThan(TEXTS.size() * 3);
	}

	private Path writeOurs() throws IOException {
		Path ours = this.directory.resolve("ours.xlsx");
		StreamingWorkbook.write(ours, (workbook) -> {
			fill(workbook);
			return null;
		});
		return ours;
	}

	// the plain path: POI's own SXSSF with the same window
	private Path writePoi() throws IOException {
		Path poi = this.directory.resolve("poi.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(StreamingWorkbook.WINDOW);
				OutputStream out = Files.newOutputStream(poi)) {
			fill(workbook);
			workbook.write(out);
			workbook.dispose();
		}
		return poi;
	}

	// with plain POI calls only, so that the test does not lean on the code it checks
	private static void fill(Workbook workbook) {
		DataFormat formats = workbook.createDataFormat();
		CellStyle text = workbook.createCellStyle();
		text.setDataFormat(formats.getFormat("@"));
		CellStyle wrapped = workbook.createCellStyle();
		wrapped.setDataFormat(formats.getFormat("@"));
		wrapped.setWrapText(true);
		wrapped.setVerticalAlignment(VerticalAlignment.TOP);
		CellStyle count = workbook.createCellStyle();
		count.setDataFormat(formats.getFormat("#,##0"));
		CellStyle amount = workbook.createCellStyle();
		amount.setDataFormat(formats.getFormat("#,##0.00 \"USD\""));
		Sheet texts = workbook.createSheet("Texts");
		for (int i = 0; i < TEXTS.size(); i++) {
			Row row = texts.createRow(i);
			String value = TEXTS.get(i);
			// a cell holds 32,767 characters at most
			value = value.substring(0, Math.min(value.length(), 32_000));
			styled(row, 0, text).setCellValue(value);
			row.createCell(1).setCellValue(value);
			styled(row, 2, wrapped);
			row.setHeightInPoints(15f * (i + 1));
		}
		Sheet numbers = workbook.createSheet("Numbers");
		double[] values = { 0, -0.0, 1, 0.1, 446.4, 1e-7, 123456789012.5, Double.MAX_VALUE, Double.NaN };
		for (int i = 0; i < values.length; i++) {
			Row row = numbers.createRow(i * 3);
			styled(row, 0, count).setCellValue(values[i]);
			styled(row, 27, amount).setCellValue(values[i]);
			Cell formula = styled(row, 60, count);
			formula.setCellFormula("SUM(A1:A" + (i + 1) + ")");
			formula.setCellValue(values[i]);
		}
	}

	private static Cell styled(Row row, int column, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

	/** Every cell as POI reads it back: where, its type, value, format and wrapping. */
	private static List<String> cells(Path file) throws IOException {
		List<String> cells = new ArrayList<>();
		double inflateRatio = ZipSecureFile.getMinInflateRatio();
		// the long texts repeat, and so compress more than POI believes a real file does
		ZipSecureFile.setMinInflateRatio(0.001);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						CellStyle style = cell.getCellStyle();
						String value = switch (cell.getCellType()) {
							case STRING -> cell.getStringCellValue();
							case NUMERIC -> Double.toString(cell.getNumericCellValue());
							case FORMULA -> cell.getCellFormula() + "="
									+ ((cell.getCachedFormulaResultType() == CellType.NUMERIC)
											? Double.toString(cell.getNumericCellValue())
											: "error " + cell.getErrorCellValue());
							default -> "";
						};
						cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + " "
								+ style.getDataFormatString() + " wrap=" + style.getWrapText() + " height="
								+ row.getHeightInPoints() + " " + value);
					}
				}
			}
		}
		finally {
			ZipSecureFile.setMinInflateRatio(inflateRatio);
		}
		return cells;
	}

	private static byte[] read(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		assertThat(entry).as(name).isNotNull();
		return zip.getInputStream(entry).readAllBytes();
	}

}
