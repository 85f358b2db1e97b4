package dev.aftercare.reports.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The building blocks every document is made of, in the company's look: a letterhead,
 * headings, paragraphs, lists and tables that wrap long text and break across pages
 * cleanly.
 */
final class PdfBlocks {

	private static final float BODY = 9.5f;

	private static final float SMALL = 8f;

	private final ReportKit kit;

	PdfBlocks(ReportKit kit) {
		this.kit = kit;
	}

	/** Logo and company name, then the document's title and subtitle. */
	PdfPTable letterhead(String title, String subtitle) {
		PdfPTable table = new PdfPTable(new float[] { 1, 5 });
		table.setWidthPercentage(100);
		Image logo = this.kit.logoImage();
		logo.scaleToFit(120, 40);
		PdfPCell logoCell = new PdfPCell(logo, false);
		logoCell.setBorder(Rectangle.NO_BORDER);
		logoCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		table.addCell(logoCell);
		PdfPCell company = new PdfPCell(new Phrase(this.kit.company(), this.kit.bold(11, this.kit.primary())));
		company.setBorder(Rectangle.NO_BORDER);
		company.setVerticalAlignment(Element.ALIGN_MIDDLE);
		company.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(company);
		Paragraph heading = new Paragraph(title, this.kit.bold(18, this.kit.primary()));
		heading.setSpacingBefore(14);
		PdfPCell titleCell = new PdfPCell();
		titleCell.setColspan(2);
		titleCell.setBorder(Rectangle.BOTTOM);
		titleCell.setBorderColor(this.kit.primary());
		titleCell.setBorderWidth(1.5f);
		titleCell.setPaddingBottom(8);
		titleCell.addElement(heading);
		Paragraph under = new Paragraph(subtitle, this.kit.font(10, ReportKit.MUTED));
		under.setSpacingBefore(2);
		titleCell.addElement(under);
		table.addCell(titleCell);
		table.setSpacingAfter(6);
		return table;
	}

	Paragraph heading(String text) {
		Paragraph heading = new Paragraph(12.5f * 1.25f, text, this.kit.bold(12.5f, this.kit.primary()));
		heading.setSpacingBefore(8);
		heading.setSpacingAfter(4);
		heading.setKeepTogether(true);
		return heading;
	}

	Paragraph text(String text) {
		Paragraph paragraph = new Paragraph(nonNull(text), this.kit.font(BODY));
		paragraph.setLeading(BODY * 1.4f);
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

	Paragraph note(String text) {
		Paragraph paragraph = new Paragraph(nonNull(text), this.kit.font(SMALL, ReportKit.MUTED));
		paragraph.setLeading(SMALL * 1.4f);
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

	/** A text in a colour, for a verdict. */
	Paragraph emphasis(String text, Color colour) {
		Paragraph paragraph = new Paragraph(nonNull(text), this.kit.bold(BODY, colour));
		paragraph.setLeading(BODY * 1.4f);
		paragraph.setSpacingAfter(4);
		return paragraph;
	}

	com.lowagie.text.List bullets(List<String> items) {
		com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
		list.setListSymbol(new Chunk("-", this.kit.font(BODY)));
		for (String item : items) {
			ListItem line = new ListItem(BODY * 1.4f, nonNull(item), this.kit.font(BODY));
			list.add(line);
		}
		return list;
	}

	/** Label and value pairs, for the summary of a document. */
	PdfPTable facts(List<String[]> rows) {
		PdfPTable table = new PdfPTable(new float[] { 1.3f, 4 });
		table.setWidthPercentage(100);
		for (String[] row : rows) {
			PdfPCell label = cell(row[0], this.kit.bold(SMALL + 0.5f));
			label.setBackgroundColor(ReportKit.SHADE);
			table.addCell(label);
			table.addCell(cell(row[1], this.kit.font(SMALL + 0.5f)));
		}
		table.setSpacingAfter(6);
		return table;
	}

	/**
	 * A table whose header repeats on every page it runs over; a row that does not fit
	 * the rest of a page starts the next one, and only a row longer than a page splits.
	 */
	PdfPTable table(float[] widths, List<String> header, List<List<String>> rows) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String title : header) {
			PdfPCell cell = cell(title, this.kit.bold(SMALL, Color.WHITE));
			cell.setBackgroundColor(this.kit.primary());
			table.addCell(cell);
		}
		boolean shaded = false;
		for (List<String> row : rows) {
			for (String value : row) {
				PdfPCell cell = cell(value, this.kit.font(SMALL));
				if (shaded) {
					cell.setBackgroundColor(ReportKit.SHADE);
				}
				table.addCell(cell);
			}
			shaded = !shaded;
		}
		table.setSpacingBefore(2);
		table.setSpacingAfter(8);
		return table;
	}

	private static PdfPCell cell(String text, Font font) {
		Paragraph content = new Paragraph(nonNull(text), font);
		content.setLeading(font.getSize() * 1.3f);
		PdfPCell cell = new PdfPCell();
		cell.addElement(content);
		cell.setBorderColor(ReportKit.RULE);
		cell.setBorderWidth(0.5f);
		cell.setPaddingTop(1);
		cell.setPaddingBottom(4);
		cell.setPaddingLeft(4);
		cell.setPaddingRight(4);
		return cell;
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
