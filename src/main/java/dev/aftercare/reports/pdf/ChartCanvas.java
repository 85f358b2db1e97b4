package dev.aftercare.reports.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A rectangle of vector graphics for a chart, with {@code y} growing upwards from its
 * bottom edge, that becomes an image element the document flows like any other.
 */
final class ChartCanvas {

	private final PdfTemplate template;

	private final float width;

	private final ReportKit kit;

	ChartCanvas(PdfWriter writer, ReportKit kit, float width, float height) {
		this.template = writer.getDirectContent().createTemplate(width, height);
		this.width = width;
		this.kit = kit;
	}

	void box(float x, float y, float width, float height, Color colour) {
		this.template.setColorFill(colour);
		this.template.rectangle(x, y, width, height);
		this.template.fill();
	}

	void line(float x1, float y1, float x2, float y2, Color colour, float width, boolean dashed) {
		this.template.saveState();
		this.template.setColorStroke(colour);
		this.template.setLineWidth(width);
		if (dashed) {
			this.template.setLineDash(3, 2, 0);
		}
		this.template.moveTo(x1, y1);
		this.template.lineTo(x2, y2);
		this.template.stroke();
		this.template.restoreState();
	}

	/**
	 * Text at a baseline; {@code align} is one of {@link PdfContentByte}'s
	 * {@code ALIGN_*}.
	 */
	void text(String text, float x, float y, float size, int align, Color colour, boolean bold) {
		this.template.beginText();
		this.template.setFontAndSize(font(bold), size);
		this.template.setColorFill(colour);
		this.template.showTextAligned(align, text, x, y, 0);
		this.template.endText();
	}

	/** Text centred on {@code x}, moved in where it would stick out of the chart. */
	void centred(String text, float x, float y, float size, Color colour) {
		float half = width(text, size) / 2;
		float at = Math.max(half, Math.min(this.width - half, x));
		text(text, at, y, size, PdfContentByte.ALIGN_CENTER, colour, false);
	}

	/** {@code text}, cut with an ellipsis where it would be wider than {@code width}. */
	String fit(String text, float size, float width) {
		return fit(font(false), text, size, width);
	}

	/**
	 * The longest start of {@code text}, whole code points, that fits with an ellipsis:
	 * found in one pass over it, adding up the widths of its characters, where measuring
	 * each shorter start again took time that grew with the square of its length.
	 */
	static String fit(BaseFont font, String text, float size, float width) {
		if (font.getWidthPoint(text, size) <= width) {
			return text;
		}
		float room = width - font.getWidthPoint("...", size);
		float used = 0;
		int end = 0;
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			used += font.getWidthPoint(text.substring(end, next), size);
			if (used > room) {
				break;
			}
			end = next;
		}
		return text.substring(0, end) + "...";
	}

	float width(String text, float size) {
		return font(false).getWidthPoint(text, size);
	}

	/**
	 * {@code rows} in parts of at most {@code size}: one chart each, so that every chart
	 * fits a page.
	 */
	static <T> List<List<T>> parts(List<T> rows, int size) {
		List<List<T>> parts = new ArrayList<>();
		for (int first = 0; first < rows.size(); first += size) {
			parts.add(rows.subList(first, Math.min(rows.size(), first + size)));
		}
		return parts;
	}

	Image image() {
		return Image.getInstance(this.template);
	}

	private BaseFont font(boolean bold) {
		return bold ? this.kit.bold() : this.kit.regular();
	}

}
