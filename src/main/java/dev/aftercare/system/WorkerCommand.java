package dev.aftercare.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code worker}: a process that runs the partitions other processes' runs send through
 * the broker (dev.aftercare.workers), and no run of its own.
 */
public final class WorkerCommand {

	private WorkerCommand() {
	}

	/** The Spring arguments of {@code worker ARGS}: no credit run, partitions instead. */
	public static String[] arguments(String[] args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.add("--aftercare.run-on-startup=false");
		all.add("--aftercare.command=" + CommandLine.WORKER);
		return all.toArray(String[]::new);
	}

}
