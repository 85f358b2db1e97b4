package dev.aftercare.system;

import java.io.IOException;
import java.nio.file.Files;
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
		Path dataDirectory = properties.dataDirectory().toAbsolutePath();
		Files.createDirectories(dataDirectory);
		return DataDirectoryLock.claim(dataDirectory);
	}

	static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDirectory = properties.dataDirectory().toAbsolutePath();
		logger.info("Starting the embedded PostgreSQL with its data in {}", dataDirectory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory.toFile())
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			// nothing replicates from or archives this server, so WAL needs to carry no
			// more than crash recovery does; then a table emptied and loaded in one
			// transaction (a run's usage) is written once, not twice
			.setServerConfig("wal_level", "minimal")
			.setServerConfig("max_wal_senders", "0")
			// the report queries sort and count hundreds of thousands of rows; the
			// default 4 MB sends each of those sorts to disk, and this server serves one
			// job
			.setServerConfig("work_mem", "64MB");
		if (properties.durable()) {
			// the library's defaults suit throwaway databases; the ledger must survive a
			// power cut
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		return builder.start();
	}

	@Bean(destroyMethod = "close")
	@Primary
	@FlywayDataSource
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(8);
		dataSource.setPoolName("embedded");
		// a batch of inserts goes in as multi-row statements, not one statement a row
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
		return dataSource;
	}

}
