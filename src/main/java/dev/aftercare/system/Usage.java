package dev.aftercare.system;

import java.util.Map;

/**
 * The help of each command: every option and every exit code, as ops read it before they
 * put the job in a crontab, a systemd unit or a CronJob.
 */
final class Usage {

	private static final String EXIT_CODES = """

			exit codes:
			  0        success; rejected rows, if any, are in rejects.csv
			  1        the run failed; the same command resumes it
			  2        wrong arguments, paths, period, terms, input headers or templates, or an input
			           shrank since the last successful run; nothing was published or stored
			  3        another run of the same period, or of the embedded database, is under way
			  4        success with rejected rows, only with --exit-code-on-rejects
			  130/143  stopped by SIGINT/SIGTERM; the same command resumes the run
			""";

	private static final String SETTINGS = """

			settings (any Spring Boot property, as --name=value or from the environment):
			  --spring.datasource.url=URL, --spring.datasource.username=...
			                           a PostgreSQL server instead of the embedded one; its password in
			                           SPRING_DATASOURCE_PASSWORD or a configtree, never on the command
			                           line, where any local user sees it
			  --aftercare.embedded-database.data-directory=DIR
			                           the embedded database's data (default ~/.aftercare/pgdata)
			  --aftercare.metrics.textfile-directory=DIR
			                           also write aftercare.prom there, for node-exporter's textfile collector
			  --aftercare.metrics.pushgateway-url=URL
			                           also push the run's metrics to a Prometheus Pushgateway
			  --logging.structured.format.console=ecs
			                           log lines as JSON (Elastic Common Schema; also logstash, gelf)
			  --aftercare.progress.enabled=true|false, --aftercare.progress.interval=5s
			                           progress lines of long steps (default: on, every 5 s)
			  CI=true                  in the environment: no progress lines unless enabled
			  --spring.artemis.broker-url=tcp://HOST:61616
			                           send the usage read's and the compute's partitions to workers
			                           through this ActiveMQ Artemis broker (needs a server database)
			  --aftercare.workers.timeout=1h
			                           how long the run waits for the workers to finish a step's partitions
			""";

	static final String RUN = """
			usage: java -jar aftercare.jar --input=DIR --output=DIR [--period=YYYY-MM] [--terms=FILE]
			           [--exit-code-on-rejects] [--new-run] [--accept-shrink]
			       java -jar aftercare.jar COMMAND [OPTIONS]     (COMMAND --help says more)

			The credit run of a month: reads the input CSV files, computes service credits and writes
			OUTPUT/<period>/ (credits, workbooks, postmortems, run-summary.json, metrics.prom).

			options:
			  --input=DIR              the input CSV files (required); usage as usage.csv or as a folder
			                           usage/ of part files *.csv, each with the header
			  --output=DIR             where OUTPUT/<period>/ is published (required)
			  --period=YYYY-MM         the month, in UTC (default: the month that contains yesterday)
			  --terms=FILE             the terms of service (default: INPUT/terms.yml, else the bundled ones)
			  --exit-code-on-rejects   exit 4 instead of 0 when rows were rejected
			  --new-run                abandon an unfinished run of the period and start a new one
			  --accept-shrink          publish although an input has far fewer rows than in the last
			                           successful run of the period
			  -h, --help               this text

			commands:
			  approve                  take finance's decisions from a reviewed credit-review.xlsx to billing
			  reset-database           delete the embedded database, to start over from nothing
			  worker                   run partitions of other machines' runs (docs/scaling.md)
			  help [COMMAND]           this text, or a command's
			""" + SETTINGS + EXIT_CODES;

	static final String APPROVE = """
			usage: java -jar aftercare.jar approve --output=DIR --period=YYYY-MM --workbook=FILE

			Takes finance's decisions from a reviewed credit-review.xlsx and hands the approved changes
			to billing's outbox, OUTPUT/billing/. The same workbook twice changes nothing.

			options:
			  --output=DIR             the credit run's --output (required)
			  --period=YYYY-MM         the month the workbook is about (required)
			  --workbook=FILE          the reviewed workbook (required)
			  -h, --help               this text
			""" + EXIT_CODES;

	static final String RESET_DATABASE = """
			usage: java -jar aftercare.jar reset-database --yes [--aftercare.embedded-database.data-directory=DIR]

			Deletes the embedded database's data directory (default ~/.aftercare/pgdata): the ledger, the
			finance decisions, billing's hand-off record and the run history. The next run starts as the
			first ever: credit_adjustments.csv lists every credit again, and approvals start over, so
			move OUTPUT/billing/ aside first. Refused while a run or approve uses the database, and for a
			server database (--spring.datasource.url): drop that one with the server's own tools.

			options:
			  --yes                    do it (without it, nothing is deleted)
			  -h, --help               this text
			""" + EXIT_CODES;

	static final String WORKER = """
			usage: java -jar aftercare.jar worker --spring.datasource.url=URL --spring.artemis.broker-url=URL

			Runs partitions of credit runs started elsewhere: takes them from the broker's queue, runs them
			against the shared database, where the run that sent them reads their outcome. Runs until
			stopped (SIGTERM); start as many as there are machines to spare. A worker killed mid-partition
			fails its run once aftercare.workers.timeout has passed; the same run command then redoes only
			what was not done.

			settings:
			  --spring.datasource.url=URL, --spring.datasource.username=...
			                           the manager's PostgreSQL server (required); the password in
			                           SPRING_DATASOURCE_PASSWORD
			  --spring.artemis.broker-url=tcp://HOST:61616
			                           the manager's ActiveMQ Artemis broker (required); also
			                           --spring.artemis.user and SPRING_ARTEMIS_PASSWORD
			  --aftercare.workers.threads=N
			                           partitions run side by side (default: the cores, at least 2)
			  --aftercare.workers.queue=NAME
			                           the queue of partition requests (default aftercare.partitions)
			  -h, --help               this text
			""";

	private static final Map<String, String> BY_COMMAND = Map.of(CommandLine.RUN, RUN, CommandLine.APPROVE, APPROVE,
			CommandLine.RESET_DATABASE, RESET_DATABASE, CommandLine.WORKER, WORKER);

	private Usage() {
	}

	/** The help of {@code command}, or {@code null} for a command there is not. */
	static String of(String command) {
		return BY_COMMAND.get(command);
	}

}
