package dev.aftercare.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import dev.aftercare.generate.GenerateCommand;
import dev.aftercare.run.ExitCode;
import dev.aftercare.system.RunOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated month of 10,000 customers and the job's run on it, made once per test JVM
 * for every class that reads it back: generating and running it is most of what those
 * classes cost. They only read its files, and the database through {@link #runId()} and
 * what this captured right after the run, as later job tests share the database.
 *
 * @param input the generated inputs
 * @param output the job's output folder
 * @param period {@code output/2026-10}
 * @param runId the run's key in the result tables ({@code credit.run_id})
 * @param decided the customers with a credit decision of the period when the run ran
 * (left by earlier job tests of the same database): the only ones whose email may say a
 * credit was applied
 */
public record GeneratedMonth(Path input, Path output, Path period, long runId, Set<String> decided) {

	public static final String PERIOD = "2026-10";

	private static GeneratedMonth month;

	/**
	 * The month, generated and run with {@code run} (the job test's own runner) the first
	 * time it is asked for; deleted when the test JVM ends, since it is 50 MB of usage.
	 */
	public static synchronized GeneratedMonth get(BiFunction<Path, Path, RunOutcome> run, JdbcTemplate jdbc) {
		if (month == null) {
			month = generateAndRun(run, jdbc);
			GeneratedMonth made = month;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					FileSystemUtils.deleteRecursively(made.input());
					FileSystemUtils.deleteRecursively(made.output());
				}
				catch (IOException ex) {
					// a temporary folder left behind harms no later run
				}
			}));
		}
		return month;
	}

	private static GeneratedMonth generateAndRun(BiFunction<Path, Path, RunOutcome> run, JdbcTemplate jdbc) {
		try {
			Path input = Files.createTempDirectory("generated-month");
			assertThat(GenerateCommand
				.run(new String[] { "--customers=10000", "--seed=15", "--period=" + PERIOD, "--out=" + input }))
				.isZero();
			Path output = Files.createTempDirectory("generated-month-out");
			RunOutcome outcome = run.apply(input, output);
			assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.SUCCESS);
			long runId = jdbc.queryForObject("SELECT max(run_id) FROM credit", Long.class);
			Set<String> decided = new HashSet<>(jdbc.queryForList(
					"SELECT DISTINCT customer_id FROM credit_decision WHERE period = ?", String.class, PERIOD));
			return new GeneratedMonth(input, output, output.resolve(PERIOD), runId, Set.copyOf(decided));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
