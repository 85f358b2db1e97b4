package dev.aftercare.reports.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartCanvasTests {

	private static final BaseFont FONT = Fonts.regular();

	@Test
	void textThatFitsIsKept() {
		assertThat(ChartCanvas.fit(FONT, "api / eu-west", 8, 200)).isEqualTo("api / eu-west");
	}

	@Test
	void longTextIsCutToTheLongestStartThatFitsWithAnEllipsis() {
		for (String text : new String[] { "storage-" + "x".repeat(200_000), "東京".repeat(100_000) }) {
			String fitted = ChartCanvas.fit(FONT, text, 8, 120);
			String start = fitted.substring(0, fitted.length() - 3);
			assertThat(fitted).endsWith("...");
			assertThat(text).startsWith(start);
			assertThat(FONT.getWidthPoint(fitted, 8)).isLessThanOrEqualTo(120);
			String oneMore = text.substring(0, start.length() + 1) + "...";
			assertThat(FONT.getWidthPoint(oneMore, 8)).isGreaterThan(120);
		}
	}

	@Test
	void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
		for (int width = 10; width < 60; width++) {
			String fitted = ChartCanvas.fit(FONT, "a😀".repeat(1_000), 8, width);
			assertThat(fitted).endsWith("...");
			assertThat(fitted.substring(0, fitted.length() - 3).codePoints().allMatch((c) -> c == 'a' || c == 0x1F600))
				.isTrue();
		}
	}

}
