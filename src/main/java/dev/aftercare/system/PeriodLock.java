package dev.aftercare.system;

import dev.aftercare.run.RunLockedException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * One run per period at a time, across machines: a PostgreSQL session lock that the
 * database releases by itself when the process holding it dies, kill -9 included.
 */
public class PeriodLock {

	private static final String NAMESPACE = "aftercare-credit-run";

	private final DataSource dataSource;

	public PeriodLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Takes the lock of {@code period}, or fails at once when another run holds it.
	 * @throws RunLockedException when another run of the period is under way
	 */
	public Held acquire(String period) throws SQLException {
		Connection connection = this.dataSource.getConnection();
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?), hashtext(?))")) {
			statement.setString(1, NAMESPACE);
			statement.setString(2, period);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				if (!result.getBoolean(1)) {
					connection.close();
					throw new RunLockedException("another run of " + period + " is under way; this one stops");
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			if (!connection.isClosed()) {
				connection.close();
			}
			throw ex;
		}
		return new Held(connection, period);
	}

	/** A held lock; closing it lets the next run of the period start. */
	public static final class Held implements AutoCloseable {

		private final Connection connection;

		private final String period;

		Held(Connection connection, String period) {
			this.connection = connection;
			this.period = period;
		}

		@Override
		public void close() throws SQLException {
			try (Connection owned = this.connection;
					PreparedStatement statement = owned
						.prepareStatement("SELECT pg_advisory_unlock(hashtext(?), hashtext(?))")) {
				statement.setString(1, NAMESPACE);
				statement.setString(2, this.period);
				statement.execute();
			}
		}

	}

}
