package dev.aftercare.system;

import dev.aftercare.run.RunRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as its settings are
 * known, before the application context is built, so that the seconds the server takes to
 * start pass while Spring starts too, not after. {@link EmbeddedDatabaseConfiguration}
 * then takes the started server; without this initializer (as in the tests) it starts the
 * server itself.
 */
public final class EarlyDatabaseStart
		implements ApplicationContextInitializer<ConfigurableApplicationContext>, DisposableBean {

	private static final String BEAN_NAME = "earlyDatabaseStart";

	private CompletableFuture<Started> started;

	private boolean lockHandedOver;

	private boolean postgresHandedOver;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getEnvironment().getProperty("spring.datasource.url", "").isEmpty()) {
			return;
		}
		EmbeddedDatabaseProperties properties = Binder.get(context.getEnvironment())
			.bindOrCreate("aftercare.embedded-database", EmbeddedDatabaseProperties.class);
		DataDirectoryLock periodClaimed;
		try {
			// at once, on this thread: a second run of the period stops before Spring
			// starts
			periodClaimed = EmbeddedDatabaseConfiguration.claimPeriod(properties, period(context.getEnvironment()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.started = CompletableFuture.supplyAsync(() -> start(properties, periodClaimed), (task) -> {
			Thread thread = new Thread(task, "database-start");
			thread.setDaemon(true);
			thread.start();
		});
		DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
		beans.registerSingleton(BEAN_NAME, this);
		// a context that fails before it takes the server must still stop it
		beans.registerDisposableBean(BEAN_NAME, this);
	}

	/**
	 * The period the run will take, read as {@link RunRequest} reads it, so that a second
	 * run of a period stops at once instead of waiting for the database; {@code null}
	 * when it is no month, which the run reports once it reads its arguments.
	 */
	private static String period(ConfigurableEnvironment environment) {
		PropertySource<?> arguments = environment.getPropertySources()
			.get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
		Object given = (arguments != null) ? arguments.getProperty("period") : null;
		try {
			return ((given != null) ? YearMonth.parse(given.toString()) : RunRequest.defaultPeriod(Clock.systemUTC()))
				.toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Started start(EmbeddedDatabaseProperties properties, DataDirectoryLock periodClaimed) {
		try {
			DataDirectoryLock lock = periodClaimed.claimDatabase(properties.lockWait());
			try {
				return new Started(lock, EmbeddedDatabaseConfiguration.start(properties));
			}
			catch (IOException | RuntimeException ex) {
				lock.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized DataDirectoryLock lock() throws IOException {
		DataDirectoryLock lock = join().lock();
		this.lockHandedOver = true;
		return lock;
	}

	synchronized EmbeddedPostgres postgres() throws IOException {
		EmbeddedPostgres postgres = join().postgres();
		this.postgresHandedOver = true;
		return postgres;
	}

	private Started join() throws IOException {
		try {
			return this.started.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	@Override
	public synchronized void destroy() throws IOException {
		if (this.started == null || this.postgresHandedOver) {
			return;
		}
		Started server;
		try {
			server = join();
		}
		catch (RuntimeException | IOException ex) {
			// it never started: nothing to stop
			return;
		}
		server.postgres().close();
		if (!this.lockHandedOver) {
			server.lock().close();
		}
	}

	private record Started(DataDirectoryLock lock, EmbeddedPostgres postgres) {
	}

}
