package dev.aftercare.guard;

import java.math.BigDecimal;

/**
 * When a file's accepted rows have shrunk too far to be trusted: an export cut short
 * would otherwise take back every credit it no longer lists.
 */
final class ShrinkRule {

	private ShrinkRule() {
	}

	static boolean shrank(long previous, long current, BigDecimal minRatio) {
		if (previous <= 0) {
			return false;
		}
		if (current == 0) {
			// a header alone is never a month's data, whatever the setting
			return true;
		}
		return BigDecimal.valueOf(current).compareTo(minRatio.multiply(BigDecimal.valueOf(previous))) < 0;
	}

}
