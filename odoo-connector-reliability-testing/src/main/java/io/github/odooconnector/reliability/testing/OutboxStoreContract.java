package io.github.odooconnector.reliability.testing;

import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.OutboxWorker;
import io.github.odooconnector.reliability.spi.OutboxStore;

/**
 * The behaviour every {@link OutboxStore} must show, exercised through {@link Outbox} and {@link
 * OutboxWorker} the way a host uses them: at-least-once delivery with exactly-once effects,
 * per-aggregate order (also under concurrent producer transactions), leases renewed while handlers
 * run, fencing, time decided on the store's clock, retries, permanent failures, dead letters and
 * audited replay. A store implementation proves itself by extending this class in its own tests:
 *
 * <pre>{@code
 * class MySqlOutboxStoreTest extends OutboxStoreContract {
 *   protected OutboxStore newStore() {
 *     return new MySqlOutboxStore(dataSource());
 *   }
 *
 *   protected OutboxStore workerStore(OutboxStore shared, int slot) {
 *     return new MySqlOutboxStore(newPool(4)); // each worker as its own application instance
 *   }
 *
 *   protected boolean storeKeepsItsOwnTime() {
 *     return true; // leases measured on the database clock
 *   }
 *
 *   protected Optional<DataSource> hostTransactions() {
 *     return Optional.of(dataSource()); // appends join host transactions
 *   }
 * }
 * }</pre>
 *
 * <p>The suite is split by subject into {@link OutboxDeliveryContract}, {@link
 * OutboxOrderingAndLeaseContract} and {@link OutboxFailureContract} (each extending the previous
 * one, hooks in {@link OutboxContractSupport}); this class runs them all. Empty the backing
 * database before each test. JUnit 5 runs every public test method of the hierarchy for the
 * subclass. An instance serves one test method at a time (JUnit's default lifecycle); the tests
 * themselves call the store from many threads.
 */
public abstract class OutboxStoreContract extends OutboxFailureContract {

  /** Creates the suite; called by the subclass. */
  protected OutboxStoreContract() {}
}
