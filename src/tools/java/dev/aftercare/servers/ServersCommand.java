package dev.aftercare.servers;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import dev.aftercare.system.EmbeddedServer;

/**
 * {@code broker} and {@code database}: each starts its server and keeps it until the
 * process is stopped (Ctrl-C), printing the settings the manager and the workers take.
 */
public final class ServersCommand {

	private ServersCommand() {
	}

	public static int broker(String[] args) {
		return serve(args, "broker", 61616, (port, data, durable, out) -> {
			EmbeddedBroker broker = EmbeddedBroker.start(port, data);
			out.println("broker: --spring.artemis.broker-url=" + broker.url() + " (data in " + data + ")");
			return broker;
		});
	}

	public static int database(String[] args) {
		return serve(args, "database", 5432, (port, data, durable, out) -> {
			EmbeddedPostgres postgres = EmbeddedServer.start(data, port, durable);
			out.println("database: --spring.datasource.url=" + "jdbc:postgresql://localhost:" + postgres.getPort()
					+ "/postgres" + " --spring.datasource.username=postgres, and SPRING_DATASOURCE_PASSWORD=$(cat "
					+ data.resolveSibling(data.getFileName() + ".password") + ")");
			return postgres;
		});
	}

	private static int serve(String[] args, String name, int defaultPort, Server server) {
		int port = defaultPort;
		Path data = null;
		boolean durable = true;
		for (String arg : args) {
			if (arg.startsWith("--port=")) {
				port = Integer.parseInt(arg.substring("--port=".length()));
			}
			else if (arg.startsWith("--data-directory=")) {
				data = Path.of(arg.substring("--data-directory=".length())).toAbsolutePath();
			}
			else if (arg.equals("--durable=false")) {
				// as the benchmark runs the single process
				durable = false;
			}
			else {
				System.err.println(name + ": unknown argument " + arg + "; " + name + " --help says more");
				return 2;
			}
		}
		if (data == null) {
			System.err.println(name + ": --data-directory=DIR is required; " + Arrays.toString(args));
			return 2;
		}
		try {
			Files.createDirectories(data);
			AutoCloseable started = server.start(port, data, durable, System.out);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (Exception ex) {
					System.err.println(name + ": stopped uncleanly: " + ex.getMessage());
				}
			}));
			new CountDownLatch(1).await();
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
		catch (Exception ex) {
			System.err.println(name + ": cannot start: " + ex.getMessage());
			return 1;
		}
	}

	private interface Server {

		AutoCloseable start(int port, Path data, boolean durable, PrintStream out) throws Exception;

	}

}
