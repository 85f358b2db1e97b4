package dev.aftercare.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out a pool's connections, waiting as long as ever for a busy pool but not for a
 * database that is gone. The pool waits in short turns; after a turn it says why it had
 * none: the failure of its last attempt to connect (the database is unreachable: stop
 * now, naming it) or nothing (every connection was in use: wait another turn). Without
 * this a lost database was reported only when every wait of every step had run out.
 */
final class PoolWait extends DelegatingDataSource implements AutoCloseable {

	private final Duration busyWait;

	PoolWait(DataSource pool, Duration busyWait) {
		super(pool);
		this.busyWait = busyWait;
	}

	@Override
	public Connection getConnection() throws SQLException {
		Instant deadline = Instant.now().plus(this.busyWait);
		while (true) {
			try {
				return obtainTargetDataSource().getConnection();
			}
			catch (SQLTransientConnectionException ex) {
				if (ex.getCause() != null || !Instant.now().isBefore(deadline)) {
					throw ex;
				}
			}
		}
	}

	@Override
	public void close() throws Exception {
		if (obtainTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

}
