package dev.aftercare.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a run's usage is: one {@code usage.csv}, or a folder {@code usage/} of part files
 * {@code *.csv}, each with the header, as exports of billions of rows come. Parts are
 * named as given relative to the input directory ({@code usage/part-0003.csv}), which is
 * how rejects, counts and errors name them, and always taken in the order of their names,
 * so that every run of the same input reads, counts and splits them alike.
 */
public final class UsageParts {

	/** The folder of parts, beside where {@code usage.csv} would be. */
	public static final String FOLDER = "usage";

	private static final String SUFFIX = ".csv";

	private UsageParts() {
	}

	/**
	 * The usage files of {@code input}, in reading order: {@code usage.csv} alone, or the
	 * parts of {@code usage/}; none when there is neither or the folder has no part.
	 * @throws InputFileException when both are there: which one is meant is not ours to
	 * guess
	 */
	public static List<String> of(Path input) {
		String single = InputFile.USAGE.fileName();
		Path folder = input.resolve(FOLDER);
		boolean hasFolder = Files.isDirectory(folder);
		if (Files.exists(input.resolve(single))) {
			if (hasFolder) {
				throw new InputFileException("input directory " + input + " has both " + single + " and " + FOLDER
						+ "/: give the usage as one of them");
			}
			return List.of(single);
		}
		if (!hasFolder) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(SUFFIX) && !name.startsWith("."))
				.sorted()
				.map((name) -> FOLDER + "/" + name)
				.toList();
		}
		catch (IOException ex) {
			throw new InputFileException("cannot list " + folder + " (" + ex.getMessage() + ")", ex);
		}
	}

	/** Whether {@code file}, as rejects and counts name it, is usage. */
	static boolean isUsage(String file) {
		return file.equals(InputFile.USAGE.fileName()) || file.startsWith(FOLDER + "/");
	}

	/**
	 * The parts cut into at most {@code count} runs of neighbours, each of about the same
	 * number of bytes; every run has at least one part. The cut depends on the parts and
	 * their sizes alone, so a restart on the same input finds the same partitions.
	 */
	static List<List<String>> split(Path input, List<String> parts, int count) {
		long[] sizes = parts.stream().mapToLong((part) -> size(input.resolve(part))).toArray();
		long total = Math.max(1, Arrays.stream(sizes).sum());
		int groups = Math.max(1, Math.min(count, parts.size()));
		List<List<String>> split = new ArrayList<>();
		List<String> current = new ArrayList<>();
		long done = 0;
		for (int i = 0; i < parts.size(); i++) {
			current.add(parts.get(i));
			done += sizes[i];
			int left = parts.size() - i - 1;
			int groupsLeft = groups - split.size() - 1;
			// cut where the bytes so far reach this group's share of the whole, and
			// whenever what is left is just enough for one part per group
			boolean share = done * groups >= total * (split.size() + 1);
			if (groupsLeft > 0 && (share || left == groupsLeft)) {
				split.add(current);
				current = new ArrayList<>();
			}
		}
		if (!current.isEmpty()) {
			split.add(current);
		}
		return split;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the size of " + file, ex);
		}
	}

}
