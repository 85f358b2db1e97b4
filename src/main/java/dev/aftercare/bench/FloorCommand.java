package dev.aftercare.bench;

/**
 * {@code floor --input=DIR}: loads the input files with COPY alone and reports the time.
 */
public final class FloorCommand {

	private FloorCommand() {
	}

	public static int run(String[] args) {
		System.err.println("floor: not written yet");
		return 1;
	}

}
