package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * One PDF being written: its document, and a footer on every page with the company name,
 * what the document is, and "page n of m".
 */
final class PdfFile implements AutoCloseable {

	private static final float MARGIN = 42f;

	private final Document document;

	private final PdfWriter writer;

	private PdfFile(Document document, PdfWriter writer) {
		this.document = document;
		this.writer = writer;
	}

	static PdfFile open(Path file, ReportKit kit, Rectangle pageSize, String title, String footerLabel)
			throws IOException {
		Document document = new Document(pageSize, MARGIN, MARGIN, MARGIN, MARGIN + 14);
		OutputStream out = Files.newOutputStream(file);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			// a chart that does not fit on a page must not let the text after it jump
			// ahead
			writer.setStrictImageSequence(true);
			writer.setPageEvent(new Footer(kit, footerLabel));
			document.addTitle(title);
			document.addAuthor(kit.company());
			document.addCreator("aftercare");
			document.open();
			return new PdfFile(document, writer);
		}
		catch (RuntimeException ex) {
			out.close();
			throw ex;
		}
	}

	void add(Element element) {
		this.document.add(element);
	}

	/**
	 * Adds a heading where at least {@code space} points of what follows fit under it on
	 * the same page, else on the next page: a heading never ends a page alone.
	 */
	void heading(Element heading, float space) {
		if (this.writer.getVerticalPosition(false) - this.document.bottom() < space + 30) {
			this.document.newPage();
		}
		this.document.add(heading);
	}

	/** Adds a heading with room for a few lines under it. */
	void heading(Element heading) {
		heading(heading, 60);
	}

	PdfWriter writer() {
		return this.writer;
	}

	/** The width between the margins, for charts. */
	float width() {
		return this.document.right() - this.document.left();
	}

	@Override
	public void close() {
		this.document.close();
	}

	private static final class Footer extends PdfPageEventHelper {

		private static final float SIZE = 7.5f;

		private final ReportKit kit;

		private final String label;

		private PdfTemplate total;

		Footer(ReportKit kit, String label) {
			this.kit = kit;
			this.label = label;
		}

		@Override
		public void onOpenDocument(PdfWriter writer, Document document) {
			this.total = writer.getDirectContent().createTemplate(40, 12);
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte canvas = writer.getDirectContent();
			float y = document.bottom() - 22;
			canvas.saveState();
			canvas.setColorStroke(ReportKit.RULE);
			canvas.setLineWidth(0.5f);
			canvas.moveTo(document.left(), y + 10);
			canvas.lineTo(document.right(), y + 10);
			canvas.stroke();
			String page = "Page " + writer.getPageNumber() + " of ";
			float pageWidth = this.kit.regular().getWidthPoint(page, SIZE);
			canvas.beginText();
			canvas.setFontAndSize(this.kit.regular(), SIZE);
			canvas.setColorFill(ReportKit.MUTED);
			canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, this.kit.company() + "  |  " + this.label,
					document.left(), y, 0);
			canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, page, document.right() - 20 - pageWidth, y, 0);
			canvas.endText();
			canvas.addTemplate(this.total, document.right() - 20, y);
			canvas.restoreState();
		}

		@Override
		public void onCloseDocument(PdfWriter writer, Document document) {
			this.total.beginText();
			this.total.setFontAndSize(this.kit.regular(), SIZE);
			this.total.setColorFill(ReportKit.MUTED);
			this.total.showText(String.valueOf(writer.getPageNumber() - 1));
			this.total.endText();
		}

	}

}
