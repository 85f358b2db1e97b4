package dev.aftercare.tools;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.ToIntFunction;

import dev.aftercare.bench.FloorCommand;
import dev.aftercare.generate.GenerateCommand;
import dev.aftercare.servers.ServersCommand;

/**
 * {@code java -jar aftercare-tools.jar generate|floor ...}: the demo generator and the
 * benchmark's floor, kept out of the job's jar, which holds the job alone.
 */
public final class Tools {

	static final String USAGE = """
			usage: java -jar aftercare-tools.jar COMMAND [OPTIONS]     (COMMAND --help says more)

			The tools beside the job: a synthetic month of input and the benchmark's floor.

			commands:
			  generate                 write a synthetic month of input files
			  floor                    load input files with COPY alone: the benchmark's floor
			  broker                   an ActiveMQ Artemis broker on localhost, for workers on one machine
			  database                 a PostgreSQL server on localhost, for workers on one machine
			  help [COMMAND]           this text, or a command's
			""";

	static final String GENERATE = """
			usage: java -jar aftercare-tools.jar generate --customers=N --seed=S --out=DIR [--period=YYYY-MM] [--samples]
			                                              [--usage-parts=N]

			Writes a deterministic synthetic month of input files and terms.yml into DIR; with
			--usage-parts=N the usage as DIR/usage/part-0001.csv .. N instead of usage.csv: the same
			rows in the same order, cut into parts of about the same size.

			exit codes:
			  0  written   1  writing failed   2  wrong arguments
			""";

	static final String FLOOR = """
			usage: java -jar aftercare-tools.jar floor --input=DIR [--data-directory=DIR]

			Starts the embedded PostgreSQL as the job does and loads every CSV file with COPY alone,
			printing rows and seconds per file: the fastest the input could reach the database.

			exit codes:
			  0  loaded   1  loading failed   2  wrong arguments or input
			""";

	static final String BROKER = """
			usage: java -jar aftercare-tools.jar broker --data-directory=DIR [--port=61616]

			Starts an ActiveMQ Artemis broker listening on localhost alone, without users, keeping its
			messages in DIR, until stopped (Ctrl-C): the manager and workers of one machine
			(README, "Past one machine"). A network needs a standalone Artemis (docs/scaling.md).
			""";

	static final String DATABASE = """
			usage: java -jar aftercare-tools.jar database --data-directory=DIR [--port=5432] [--durable=false]

			Starts the job's embedded PostgreSQL as a server on localhost, its data in DIR and its
			password beside it in DIR.password, until stopped (Ctrl-C): the database the manager and
			the workers of one machine share.
			""";

	private static final Map<String, String> HELP = Map.of("generate", GENERATE, "floor", FLOOR, "broker", BROKER,
			"database", DATABASE);

	private static final Map<String, ToIntFunction<String[]>> COMMANDS = Map.of("generate", GenerateCommand::run,
			"floor", FloorCommand::run, "broker", ServersCommand::broker, "database", ServersCommand::database);

	private Tools() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		String command = (args.length > 0) ? args[0] : "help";
		String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
		if (command.equals("help") || command.equals("--help") || command.equals("-h")) {
			if (rest.length == 0) {
				out.print(USAGE);
				return 0;
			}
			command = rest[0];
			rest = new String[] { "--help" };
		}
		if (!COMMANDS.containsKey(command)) {
			err.println("aftercare-tools: there is no command '" + command
					+ "'; the commands are generate, floor, broker, database and help");
			return 2;
		}
		if (Arrays.stream(rest).anyMatch((arg) -> arg.equals("--help") || arg.equals("-h"))) {
			out.print(HELP.get(command));
			return 0;
		}
		return COMMANDS.get(command).applyAsInt(rest);
	}

}
