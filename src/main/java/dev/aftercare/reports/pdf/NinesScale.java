package dev.aftercare.reports.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An availability axis that counts nines: each step to the right is ten times less
 * downtime, from the decade below the lowest value or target up to 99.999%, where it
 * ends. On a straight axis one bad month of 94% squeezes 99.4% and 100% into the same
 * bar; on this one they sit far apart whatever else the chart holds.
 */
final class NinesScale {

	/** The least unavailability the axis tells apart from none: 99.999%. */
	static final double FINEST = 0.001;

	private final double widest;

	/**
	 * @param percents every value and target the axis must hold
	 */
	NinesScale(Collection<Double> percents) {
		double worst = 1;
		for (double percent : percents) {
			worst = Math.max(worst, 100 - percent);
		}
		this.widest = Math.min(100, Math.pow(10, Math.ceil(Math.log10(worst) - 1e-9)));
	}

	/** Where {@code percent} sits, from 0 (the axis start) to 1 (99.999% and above). */
	double position(double percent) {
		double unavailable = Math.max(FINEST, Math.min(this.widest, 100 - percent));
		return (Math.log10(this.widest) - Math.log10(unavailable)) / (Math.log10(this.widest) - Math.log10(FINEST));
	}

	/** The percent at each decade of the axis, from its start to 99.999%. */
	List<Double> ticks() {
		List<Double> ticks = new ArrayList<>();
		for (double unavailable = this.widest; unavailable >= FINEST * 0.999; unavailable /= 10) {
			ticks.add(100 - unavailable);
		}
		return ticks;
	}

}
