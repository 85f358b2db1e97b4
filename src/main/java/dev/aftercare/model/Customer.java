package dev.aftercare.model;

/**
 * A row of {@code customers.csv}. Optional values are {@code null} when absent;
 * {@code preferredChannel} is already defaulted.
 */
public record Customer(String customerId, String name, String plan, String currency, String contactName, String email,
		String phone, String preferredChannel, String accountManager) {
}
