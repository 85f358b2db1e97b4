package dev.aftercare.ingest;

import java.util.function.Supplier;

/**
 * The outcome of checking one row: either the accepted value, or the reason the row is
 * rejected.
 *
 * @param <T> the record a valid row becomes
 * @param value the accepted value, {@code null} when rejected
 * @param reason why the row is rejected, {@code null} when accepted
 */
public record Checked<T>(T value, String reason) {

	public Checked {
		if ((value == null) == (reason == null)) {
			throw new IllegalArgumentException("Exactly one of value and reason must be given");
		}
	}

	public static <T> Checked<T> accepted(T value) {
		return new Checked<>(value, null);
	}

	public static <T> Checked<T> rejected(String reason) {
		return new Checked<>(null, reason);
	}

	public boolean isAccepted() {
		return this.value != null;
	}

	static <T> Checked<T> of(Supplier<T> check) {
		try {
			return accepted(check.get());
		}
		catch (RowRejection ex) {
			return rejected(ex.getMessage());
		}
	}

}
