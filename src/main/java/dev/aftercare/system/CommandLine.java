package dev.aftercare.system;

import dev.aftercare.run.ExitCode;
import dev.aftercare.run.InvalidRunException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.OptionalInt;

import dev.aftercare.ingest.InputFileException;
import dev.aftercare.terms.InvalidTermsException;

/**
 * What the command line is answered with before Spring and the database start: help, a
 * refusal of wrong arguments, paths, period or terms in well under a second, and
 * {@code reset-database}, which must not start the database it deletes.
 */
public final class CommandLine {

	static final String RUN = "run";

	static final String APPROVE = "approve";

	static final String RESET_DATABASE = "reset-database";

	static final String WORKER = "worker";

	private static final String HELP = "help";

	private CommandLine() {
	}

	/**
	 * Answers {@code args} when that needs no application context.
	 * @return the exit code to end with, or empty when the command is to run
	 */
	public static OptionalInt answer(String[] args, PrintStream out, PrintStream err) {
		boolean named = args.length > 0 && !args[0].startsWith("-");
		String command = named ? args[0] : RUN;
		String[] rest = named ? Arrays.copyOfRange(args, 1, args.length) : args;
		if (command.equals(HELP)) {
			named = rest.length > 0;
			command = named ? rest[0] : RUN;
			rest = new String[] { "--help" };
		}
		String usage = Usage.of(command);
		if (usage == null || named && command.equals(RUN)) {
			err.println("aftercare: there is no command '" + command
					+ "'; the commands are approve, reset-database, worker and help");
			return OptionalInt.of(ExitCode.INVALID_INPUT.code());
		}
		if (asksForHelp(rest)) {
			out.print(usage);
			return OptionalInt.of(ExitCode.SUCCESS.code());
		}
		try {
			switch (command) {
				case RUN -> StartChecks.run(rest);
				case APPROVE -> StartChecks.approve(rest);
				case WORKER -> StartChecks.worker(rest);
				case RESET_DATABASE -> {
					return OptionalInt.of(ResetDatabase.run(rest, out, err));
				}
			}
		}
		catch (InvalidRunException | InvalidTermsException | InputFileException ex) {
			err.println("aftercare: " + ex.getMessage());
			return OptionalInt.of(ExitCodes.of(ex).code());
		}
		return OptionalInt.empty();
	}

	private static boolean asksForHelp(String[] args) {
		return Arrays.stream(args).anyMatch((arg) -> arg.equals("--help") || arg.equals("-h"));
	}

}
