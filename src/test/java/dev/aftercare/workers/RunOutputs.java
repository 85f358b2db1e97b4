package dev.aftercare.workers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What a run published, in a form two runs can be compared by: CSV and Markdown files
 * byte for byte, workbooks cell by cell but for the run's own times, PDFs by their text
 * (their creation time differs), run-summary.json without its times and paths.
 * metrics.prom holds timings alone beyond what the summary says, and is left out.
 */
final class RunOutputs {

	private static final List<String> RUN_SPECIFIC = List.of("started_at", "written_at", "output", "input",
			"step_seconds", "job_execution_id");

	private RunOutputs() {
	}

	static Map<String, Object> of(Path periodDirectory) throws IOException {
		Map<String, Object> outputs = new TreeMap<>();
		try (Stream<Path> files = Files.walk(periodDirectory)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = periodDirectory.relativize(file).toString();
				Object content = content(file, name);
				if (content != null) {
					outputs.put(name, content);
				}
			}
		}
		return outputs;
	}

	private static Object content(Path file, String name) throws IOException {
		if (name.endsWith(".csv") || name.endsWith(".md")) {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		if (name.endsWith(".xlsx")) {
			return cells(file);
		}
		if (name.endsWith(".pdf")) {
			try (PDDocument document = Loader.loadPDF(file.toFile())) {
				return new PDFTextStripper().getText(document);
			}
		}
		if (name.equals("run-summary.json")) {
			ObjectNode summary = (ObjectNode) new ObjectMapper().readTree(file.toFile());
			summary.remove(RUN_SPECIFIC);
			return summary.toPrettyString();
		}
		return null;
	}

	private static List<String> cells(Path file) throws IOException {
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					// the times of a run, labelled "... (UTC)", are its own
					boolean time = formatter.formatCellValue(row.getCell(0)).endsWith("(UTC)");
					for (Cell cell : row) {
						cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "="
								+ ((time && cell.getColumnIndex() > 0) ? "(a time)" : formatter.formatCellValue(cell)));
					}
				}
			}
		}
		return cells;
	}

}
