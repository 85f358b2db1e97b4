package dev.aftercare.system;

import dev.aftercare.run.InvalidRunException;
import dev.aftercare.run.RunRequest;
import dev.aftercare.run.TermsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

import dev.aftercare.ingest.InputFiles;

/**
 * The checks of a command's arguments that need no database: every option known, paths
 * that exist, a real month, terms that load and input files with their headers. The run
 * checks all of it again once started; this is so that a typo costs no start-up.
 */
public final class StartChecks {

	private static final Set<String> RUN_OPTIONS = Set.of("input", "output", "period", "terms", "exit-code-on-rejects",
			"new-run", "accept-shrink");

	private static final Set<String> APPROVE_OPTIONS = Set.of("output", "period", "workbook");

	/** Spring Boot's own settings and the job's, which any command takes. */
	private static final List<String> SETTING_PREFIXES = List.of("spring.", "aftercare.", "logging.", "management.",
			"debug", "trace");

	private StartChecks() {
	}

	static void run(String[] args) {
		ApplicationArguments arguments = known(args, RUN_OPTIONS);
		RunRequest request = RunRequest.parse(arguments, Clock.systemUTC());
		output(request.output());
		TermsSource.load(TermsSource.resolve(request.input(), request.terms()));
		InputFiles.checkAll(request.input());
	}

	static void approve(String[] args) {
		ApplicationArguments arguments = known(args, APPROVE_OPTIONS);
		output(Path.of(single(arguments, "output")));
		String period = single(arguments, "period");
		RunRequest.period(period);
		Path workbook = Path.of(single(arguments, "workbook"));
		if (!Files.isRegularFile(workbook) || !Files.isReadable(workbook)) {
			throw new InvalidRunException("--workbook " + workbook + " is not a readable file");
		}
	}

	/**
	 * A worker shares the manager's database and broker: neither has a default it could
	 * share.
	 */
	static void worker(String[] args) {
		ApplicationArguments arguments = known(args, Set.of());
		for (String setting : List.of("spring.datasource.url", "spring.artemis.broker-url")) {
			String environment = setting.toUpperCase().replace('.', '_').replace("-", "");
			if (!arguments.containsOption(setting) && System.getenv(environment) == null) {
				throw new InvalidRunException("a worker needs --" + setting + "=... (or " + environment
						+ "): the manager's database and broker; worker --help says more");
			}
		}
	}

	/** The arguments, when each is an option of the command or a setting. */
	static ApplicationArguments known(String[] args, Set<String> options) {
		ApplicationArguments arguments = new DefaultApplicationArguments(args);
		if (!arguments.getNonOptionArgs().isEmpty()) {
			throw new InvalidRunException("unexpected argument '" + arguments.getNonOptionArgs().get(0)
					+ "': options are written --name=value; --help lists them");
		}
		for (String name : arguments.getOptionNames()) {
			if (!options.contains(name) && SETTING_PREFIXES.stream().noneMatch(name::startsWith)) {
				throw new InvalidRunException("there is no option --" + name + "; --help lists them");
			}
		}
		return arguments;
	}

	/**
	 * The value of an option a command needs exactly once.
	 * @throws InvalidRunException when it is missing, blank or given twice
	 */
	public static String single(ApplicationArguments arguments, String name) {
		List<String> values = arguments.getOptionValues(name);
		if (values == null || values.size() != 1 || values.get(0).isBlank()) {
			throw new InvalidRunException("--" + name + "=... is required once; --help lists the options");
		}
		return values.get(0);
	}

	/** An output directory that exists, or that can be made where it is to be. */
	private static void output(Path output) {
		Path absolute = output.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
			throw new InvalidRunException("--output " + output + " is not a directory");
		}
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
			throw new InvalidRunException(
					"--output " + output + " cannot be written: " + existing + " is not a writable directory");
		}
	}

}
