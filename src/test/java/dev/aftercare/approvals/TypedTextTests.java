package dev.aftercare.approvals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypedTextTests {

	@Test
	void aNameIsOneLineWithinItsLimit() {
		assertThat(TypedText.problem("Alice Martin", TypedText.NAME, false)).isNull();
		assertThat(TypedText.problem(null, TypedText.NAME, false)).isNull();
		assertThat(TypedText.problem("ali\nce", TypedText.NAME, false))
			.isEqualTo("the character U+000A at character 4");
		assertThat(TypedText.problem("a".repeat(201), TypedText.NAME, false))
			.isEqualTo("201 characters, over the limit of 200");
	}

	@Test
	void aNoteMayHaveLinesButNoOtherControlCharacter() {
		assertThat(TypedText.problem("called\r\nfine now\t(ok)", TypedText.NOTE, true)).isNull();
		assertThat(TypedText.problem("a\u0000b", TypedText.NOTE, true))
			.isEqualTo("the character U+0000 at character 2");
		assertThat(TypedText.problem("a\uFFFF", TypedText.NOTE, true)).isEqualTo("the character U+FFFF at character 2");
		assertThat(TypedText.problem("x".repeat(5_001), TypedText.NOTE, true))
			.isEqualTo("5,001 characters, over the limit of 5,000");
	}

}
