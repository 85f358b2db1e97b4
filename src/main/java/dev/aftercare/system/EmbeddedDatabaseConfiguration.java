package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With no {@code spring.datasource.url}, the job starts its own PostgreSQL whose data
 * directory survives between runs, so that the ledger and the job repository do too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	DataDirectoryLock dataDirectoryLock(EmbeddedDatabaseProperties properties, ObjectProvider<EarlyDatabaseStart> early)
			throws IOException {
		EarlyDatabaseStart started = early.getIfAvailable();
		return (started != null) ? started.lock() : claim(properties);
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, DataDirectoryLock claimed,
			ObjectProvider<EarlyDatabaseStart> early) throws IOException {
		EarlyDatabaseStart started = early.getIfAvailable();
		return (started != null) ? started.postgres() : start(properties);
	}

	static DataDirectoryLock claim(EmbeddedDatabaseProperties properties) throws IOException {
		return claimPeriod(properties, null).claimDatabase(properties.lockWait());
	}

	/**
	 * @param period the run's period, or {@code null} when it is not known
	 */
	static DataDirectoryLock claimPeriod(EmbeddedDatabaseProperties properties, String period) throws IOException {
		Path dataDirectory = properties.dataDirectory().toAbsolutePath();
		PrivatePaths.directory(dataDirectory, "the embedded database's data directory");
		return DataDirectoryLock.claimPeriod(dataDirectory, period);
	}

	static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDirectory = properties.dataDirectory().toAbsolutePath();
		logger.info("Starting the embedded PostgreSQL with its data in {}", dataDirectory);
		return EmbeddedServer.start(dataDirectory, properties.port(), properties.durable());
	}

	@Bean(destroyMethod = "close")
	@Primary
	@FlywayDataSource
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) throws IOException {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedServer.SUPERUSER, "postgres"));
		dataSource.setUsername(EmbeddedServer.SUPERUSER);
		dataSource.setPassword(EmbeddedPassword.read(properties.dataDirectory().toAbsolutePath()));
		dataSource.setMaximumPoolSize(8);
		dataSource.setPoolName("embedded");
		// a batch of inserts goes in as multi-row statements, not one statement a row
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
		return dataSource;
	}

}
