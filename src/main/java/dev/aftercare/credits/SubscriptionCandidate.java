package dev.aftercare.credits;

import java.util.List;

import dev.aftercare.model.Customer;
import dev.aftercare.model.Subscription;

/**
 * A subscription whose (service, region) was hit by the incidents {@code incidentIds}
 * while its customer relied on it, as the database found; the exact rules decide the
 * rest.
 */
public record SubscriptionCandidate(Customer customer, Subscription subscription, List<String> incidentIds) {
}
