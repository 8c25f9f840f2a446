package io.github.odooconnector.reliability.testing;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.spi.OutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The hooks and fixtures the outbox contract suites share; a store implementation extends {@link
 * OutboxStoreContract}, which runs them all. Overriding a hook changes how the tests reach the
 * store, never what they require of it.
 *
 * <p>An instance serves one test method at a time (JUnit's default lifecycle).
 */
public abstract class OutboxContractSupport {

  /** Creates the support; called by the subclass. */
  protected OutboxContractSupport() {}

  /**
   * Returns a fresh, empty store, called once or more per test.
   *
   * @return the store under test
   */
  protected abstract OutboxStore newStore();

  /**
   * Enqueues many events quickly; by default one {@code outbox.enqueue(event)} each. Override to
   * batch them (the JDBC test enqueues 1,000 per host transaction).
   *
   * @param outbox the outbox to enqueue through
   * @param events the events, in order
   */
  protected void enqueueAll(Outbox outbox, List<BusinessEvent<?>> events) {
    events.forEach(outbox::enqueue);
  }

  /**
   * Returns the store worker slot {@code slot} uses: by default the shared one. Override to give
   * every slot its own store instance on the same database (own connection pool), as separate
   * application instances would have; the JDBC test does.
   *
   * @param shared the store {@link #newStore()} returned for this test
   * @param slot 0..3
   * @return the store the slot's workers claim from
   */
  protected OutboxStore workerStore(OutboxStore shared, int slot) {
    return shared;
  }

  /**
   * Whether the store measures leases and delays on a clock of its own (the JDBC store uses the
   * database's) rather than on the instants callers pass. The tests then let real time pass where
   * they would otherwise only advance their test clock, and the clock-skew tests run.
   *
   * @return {@code false} by default
   */
  protected boolean storeKeepsItsOwnTime() {
    return false;
  }

  /**
   * A data source whose connections append to the store inside host transactions (the store must
   * then be a {@code TransactionalOutboxStore}); the commit-order tests run only when present.
   *
   * @return the data source, or empty (the default) when the store does not join host transactions
   */
  protected Optional<DataSource> hostTransactions() {
    return Optional.empty();
  }

  /**
   * Whether the store signals new entries to subscribed workers ({@code OutboxStore.subscribe}), an
   * optional capability; the wake-up test runs only when it does.
   *
   * @return {@code false} by default
   */
  protected boolean storeSignalsAppends() {
    return false;
  }

  /**
   * Lets {@code d} pass for the store: advances the test clock and, for a store that keeps its own
   * time, waits {@code d} of real time.
   *
   * @param clock the test clock
   * @param d how long
   */
  protected final void elapse(MutableClock clock, Duration d) {
    clock.advance(d);
    if (storeKeepsItsOwnTime()) {
      Waits.sleep(d);
    }
  }

  /**
   * A host payload type the tests register with {@code EventCodec.allowPayloadType}.
   *
   * @param order the order
   * @param parcel the parcel's sequence number within the order
   * @param carrier the carrier code
   */
  public record ParcelBooked(String order, int parcel, String carrier) {}

  /** Thrown by test handlers to simulate the worker process dying mid-delivery. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String where) {
      super("simulated worker crash " + where);
    }
  }

  static BusinessEvent<ParcelBooked> event(String aggregate, int seq) {
    String id = aggregate + "#" + seq;
    return new BusinessEvent<>(
        id,
        "parcel.booked",
        Instant.parse("2026-01-15T09:00:00Z"),
        "wms:test",
        aggregate,
        "idem-" + id,
        1,
        new ParcelBooked(aggregate, seq, "dhl"));
  }
}
