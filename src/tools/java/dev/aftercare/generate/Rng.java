package dev.aftercare.generate;

import java.util.List;

/**
 * SplitMix64: a tiny random source whose sequence is fixed by its algorithm, so a seed
 * gives the same files on every JVM. Fractional maths uses {@link StrictMath} for the
 * same reason.
 */
final class Rng {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private long state;

	private Rng(long state) {
		this.state = state;
	}

	/** An independent stream for {@code seed} and a path of keys, such as a customer. */
	static Rng of(long seed, long... keys) {
		long state = mix(seed);
		for (long key : keys) {
			state = mix(state ^ mix(key + GOLDEN));
		}
		return new Rng(state);
	}

	long nextLong() {
		this.state += GOLDEN;
		return mix(this.state);
	}

	/** {@code 0 <= n < bound}. */
	int nextInt(int bound) {
		return (int) Long.remainderUnsigned(nextLong(), bound);
	}

	/** {@code low <= n <= high}. */
	int between(int low, int high) {
		return low + nextInt(high - low + 1);
	}

	/** {@code 0 <= x < 1}. */
	double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	double between(double low, double high) {
		return low + (high - low) * nextDouble();
	}

	boolean chance(double probability) {
		return nextDouble() < probability;
	}

	/** A standard normal value (Box-Muller). */
	double gaussian() {
		double u = 1.0 - nextDouble();
		double v = nextDouble();
		return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
	}

	/** A positive factor around 1 whose logarithm has the given spread. */
	double logNormal(double sigma) {
		return StrictMath.exp(sigma * gaussian());
	}

	<T> T pick(List<T> items) {
		return items.get(nextInt(items.size()));
	}

	@SafeVarargs
	final <T> T pick(T... items) {
		return items[nextInt(items.length)];
	}

	/** An index into {@code weights}, each chosen in proportion to its weight. */
	int weighted(int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		throw new IllegalStateException("weights must be positive");
	}

	private static long mix(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
