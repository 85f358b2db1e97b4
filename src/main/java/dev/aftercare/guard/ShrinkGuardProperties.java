package dev.aftercare.guard;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far an input file may shrink since the last successful run of the period.
 *
 * @param minRatio the least share of the last run's accepted rows a file must keep, from
 * 0 to 1; a file with no accepted rows after a run that had some always counts as shrunk
 */
@ConfigurationProperties("aftercare.shrink-guard")
public record ShrinkGuardProperties(@DefaultValue("0.5") BigDecimal minRatio) {

	public ShrinkGuardProperties {
		if (minRatio == null || minRatio.signum() < 0 || minRatio.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException(
					"aftercare.shrink-guard.min-ratio must be between 0 and 1, not " + minRatio);
		}
	}

}
