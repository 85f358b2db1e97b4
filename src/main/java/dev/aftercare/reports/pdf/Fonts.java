package dev.aftercare.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The embedded fonts: Noto Sans SC from Maven Central, TrueType with Latin, Greek,
 * Cyrillic and CJK glyphs (Japanese kana and kanji among them), so that a name in any of
 * those scripts prints with real glyphs. OpenPDF embeds the subset a document uses.
 * Parsed once per JVM: each file is about 10 MB.
 */
final class Fonts {

	static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

	private static volatile BaseFont regular;

	private static volatile BaseFont bold;

	private Fonts() {
	}

	static BaseFont regular() {
		if (regular == null) {
			regular = load(REGULAR);
		}
		return regular;
	}

	static BaseFont bold() {
		if (bold == null) {
			bold = load(BOLD);
		}
		return bold;
	}

	/** Whether both font files are on the classpath, for the preflight check. */
	static boolean present() {
		ClassLoader loader = Fonts.class.getClassLoader();
		return loader.getResource(REGULAR) != null && loader.getResource(BOLD) != null;
	}

	private static BaseFont load(String resource) {
		try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the font " + resource + " is missing from the classpath");
			}
			String name = resource.substring(resource.lastIndexOf('/') + 1);
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the font " + resource, ex);
		}
	}

}
