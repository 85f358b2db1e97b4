/**
 * Past one machine: with a broker set ({@code spring.artemis.broker-url}), the partitions
 * of the partitioned steps go as messages to worker processes
 * ({@code aftercare.jar worker}), which run them against the shared job repository, where
 * the manager reads their outcome back. No feature imports this package: it replaces
 * {@link dev.aftercare.run.Partitions} and nothing else.
 */
package dev.aftercare.workers;
