package dev.aftercare.system;

import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says which database a run lost, in the one line the operator reads: the root cause
 * alone ("Connection refused") names neither the embedded database's directory nor a
 * server's address.
 */
@Component
class LostDatabase {

	private final String name;

	LostDatabase(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		this.name = url.isEmpty() ? "the embedded database at "
				+ Path.of(environment.getProperty("aftercare.embedded-database.data-directory", "")).toAbsolutePath()
				: "the database " + address(url);
	}

	/** host:port/database, without the parameters, which may hold a password. */
	static String address(String jdbcUrl) {
		String address = jdbcUrl.replaceFirst("^jdbc:postgresql:(//)?", "");
		int parameters = address.indexOf('?');
		return (parameters >= 0) ? address.substring(0, parameters) : address;
	}

	/** The line for {@code failure} when it is a lost connection; empty otherwise. */
	Optional<String> describe(Throwable failure) {
		Throwable root = failure;
		boolean lost = false;
		Set<Throwable> seen = new HashSet<>();
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			lost |= isConnectionLoss(cause);
			root = cause;
		}
		if (!lost) {
			return Optional.empty();
		}
		return Optional.of("lost " + this.name + ": "
				+ ((root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName()));
	}

	private static boolean isConnectionLoss(Throwable failure) {
		if (failure instanceof ConnectException || failure instanceof SQLTransientConnectionException) {
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			// 08: connection exception; 57P01 to 57P03: the server shuts down or cannot
			// take connections now
			return state.startsWith("08") || state.matches("57P0[123]");
		}
		return false;
	}

}
