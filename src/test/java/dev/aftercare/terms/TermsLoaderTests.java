package dev.aftercare.terms;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.aftercare.model.SlaExclusion;
import dev.aftercare.model.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TermsLoaderTests {

	private static final Path EXAMPLE = Path.of("../shared/spec/terms.example.yml");

	private final TermsLoader loader = new TermsLoader();

	@Test
	void theBundledDefaultIsTheContractExample() throws Exception {
		Assumptions.assumeTrue(Files.exists(EXAMPLE), "the shared spec sits beside the checkout");
		Terms bundled = this.loader.loadDefault();
		Terms example = this.loader.load(EXAMPLE);
		assertThat(bundled).isEqualTo(example);
	}

	@Test
	void numbersStayExactDecimals() {
		Terms terms = this.loader.loadDefault();
		assertThat(terms.plan("enterprise").orElseThrow().slaTarget()).hasToString("99.95");
		assertThat(terms.weightOf(Status.PARTIAL_OUTAGE)).isEqualByComparingTo("0.5");
		assertThat(terms.weightOf(Status.OPERATIONAL)).isZero();
		assertThat(terms.exclusions()).containsExactlyInAnyOrder(SlaExclusion.CUSTOMER_CAUSED,
				SlaExclusion.FORCE_MAJEURE);
		assertThat(terms.usageLookbackDays()).isEqualTo(7);
		assertThat(terms.plan("free")).isEmpty();
	}

	@Test
	void aMisspelledKeyIsRefused() throws Exception {
		String yaml = bundled().replace("min_notice_hours", "min_notice_hour");
		assertThatExceptionOfType(InvalidTermsException.class).isThrownBy(() -> parse(yaml))
			.withMessageContaining("maintenance.min_notice_hour");
	}

	@Test
	void aWeightAboveOneIsRefused() throws Exception {
		String yaml = bundled().replace("partial_outage: 0.5", "partial_outage: 1.5");
		assertThatExceptionOfType(InvalidTermsException.class).isThrownBy(() -> parse(yaml))
			.withMessageContaining("'downtime_weights.partial_outage' must be between 0 and 1");
	}

	@Test
	void aTextWhereANumberBelongsIsRefused() throws Exception {
		String yaml = bundled().replace("usage_lookback_days: 7", "usage_lookback_days: seven");
		assertThatExceptionOfType(InvalidTermsException.class).isThrownBy(() -> parse(yaml))
			.withMessageContaining("affected.usage_lookback_days");
	}

	@Test
	void brokenYamlNamesTheLine() {
		assertThatExceptionOfType(InvalidTermsException.class).isThrownBy(() -> parse("plans: [\n  oops: {"))
			.withMessageContaining("test.yml: not valid YAML at line");
	}

	private static String bundled() throws Exception {
		try (var in = TermsLoader.class.getClassLoader().getResourceAsStream(TermsLoader.DEFAULT_TERMS)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private Terms parse(String yaml) throws Exception {
		return this.loader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
	}

}
