package dev.aftercare.speed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Utf8Writer} against the plain path: a JDK {@link OutputStreamWriter} in UTF-8,
 * escaped by POI's own {@link SheetDataWriter}. The same bytes for hostile text, also
 * where a string crosses the writer's buffer.
 */
class Utf8WriterTests {

	static List<String> hostile() {
		return List.of("plain", "", "<a & \"b\" > 'c'>", "line\nfeed\r\nand\ttab", "no-break\u00A0space",
				"control\u0000\u0001\u0008\u000B\u000C\u001F\u007F", "not characters \uFFFE\uFFFF", "emoji 😀 and 𝄞",
				"lone \uD83D high", "lone \uDE00 low", "ends high \uD83D", "\uDE00 low first",
				"\uD83D\uD83D\uDE00 two highs", "Müller & Söhne 日本語 （株）東雲　ｶﾅ", "\uFFFD\uFEFF\uFFFE\u00A0",
				"\u0080\u07FF\u0800\uFFFD", "long " + "0123456789<&>\"'".repeat(20_000),
				"long mixed " + "日本語\u00A0<é\uFFFE\n😀\uD83D".repeat(20_000));
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void escapedTextIsWhatPoiWritesThroughAnOutputStreamWriter(String text) throws IOException {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (PlainSheetWriter poi = new PlainSheetWriter(new OutputStreamWriter(plain, StandardCharsets.UTF_8))) {
			poi.escape("before ");
			poi.escape(text);
			poi.escape(" after");
		}
		ByteArrayOutputStream ours = new ByteArrayOutputStream();
		try (Utf8Writer writer = new Utf8Writer(ours)) {
			writer.writeEscaped("before ");
			writer.writeEscaped(text);
			writer.writeEscaped(" after");
		}
		assertThat(ours.toByteArray()).isEqualTo(plain.toByteArray());
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void plainTextIsWhatAnOutputStreamWriterWrites(String text) throws IOException {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(plain, StandardCharsets.UTF_8)) {
			write(writer, text);
		}
		ByteArrayOutputStream ours = new ByteArrayOutputStream();
		try (Writer writer = new Utf8Writer(ours)) {
			write(writer, text);
		}
		assertThat(ours.toByteArray()).isEqualTo(plain.toByteArray());
	}

	// each way a Writer takes text, a surrogate pair split across two calls included
	private static void write(Writer writer, String text) throws IOException {
		writer.write(text);
		writer.write(text.toCharArray(), 0, text.length());
		for (int i = 0; i < Math.min(text.length(), 100); i++) {
			writer.write(text.charAt(i));
		}
		writer.write(text, text.length() / 2, text.length() - text.length() / 2);
	}

	/** POI's own escaping, into the writer it is given. */
	private static final class PlainSheetWriter extends SheetDataWriter {

		PlainSheetWriter(Writer out) throws IOException {
			super(out);
		}

		void escape(String text) throws IOException {
			outputEscapedString(text);
		}

		@Override
		public void close() throws IOException {
			this._out.close();
		}

	}

}
