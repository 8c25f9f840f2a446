package io.github.odooconnector.reliability.api;

import io.github.odooconnector.common.internal.Checks;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.NewOutboxEntry;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import io.github.odooconnector.reliability.spi.ReplayAudit;
import io.github.odooconnector.reliability.spi.TransactionalOutboxStore;
import java.sql.Connection;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The producer and operator side of the transactional outbox: enqueue {@link BusinessEvent}s for
 * reliable delivery by {@link OutboxWorker}s, inspect dead letters and replay events.
 *
 * <pre>{@code
 * Outbox outbox = Outbox.builder(JdbcOutboxStore.create(dataSource)).build();
 * try (Connection c = dataSource.getConnection()) {
 *   c.setAutoCommit(false);
 *   saveShipment(c, shipment);                                    // the host's own change
 *   outbox.enqueue(c, BusinessEvent.of("shipment.dispatched", "wms:acme", now, shipment));
 *   c.commit();                                                   // both or neither
 * }
 * }</pre>
 *
 * <p>Events of one aggregate are delivered in enqueue order; the aggregate is the event's {@link
 * BusinessEvent#correlationId()} unless given explicitly. Enqueuing an event id twice stores it
 * once. A replay puts a dead or delivered event back in the queue at its original position and
 * writes an audit entry; concurrent replays of the same event replay it once.
 *
 * <p>Thread-safe; share one instance.
 */
public final class Outbox {

  private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

  private final OutboxStore store;
  private final EventCodec codec;
  private final Clock clock;

  private Outbox(Builder b) {
    this.store = b.store;
    this.codec = b.codec;
    this.clock = b.clock;
  }

  /**
   * Starts configuring an outbox; {@code Outbox.builder(store).build()} uses the standard codec and
   * the system UTC clock.
   *
   * @param store where events are kept
   * @return a builder
   */
  public static Builder builder(OutboxStore store) {
    return new Builder(store);
  }

  /**
   * Enqueues an event in its own transaction, ordered by its correlation id.
   *
   * @param event the event
   * @return {@code true} if stored, {@code false} if an event with the same id was already enqueued
   * @throws IllegalArgumentException naming the field if the event's id, type, source or
   *     correlation id is invalid
   * @throws EventEncodingException if the payload cannot be serialized
   * @throws ReliabilityStoreException if the store fails
   */
  public boolean enqueue(BusinessEvent<?> event) {
    return enqueue(event, aggregateOf(event));
  }

  /**
   * Enqueues an event in its own transaction with an explicit ordering key.
   *
   * @param event the event
   * @param aggregateKey events with the same key are delivered in enqueue order; 1..200 characters
   * @return {@code true} if stored, {@code false} if an event with the same id was already enqueued
   * @throws EventEncodingException if the payload cannot be serialized
   * @throws ReliabilityStoreException if the store fails
   */
  public boolean enqueue(BusinessEvent<?> event, String aggregateKey) {
    return store.append(entry(event, aggregateKey));
  }

  /**
   * Enqueues an event inside the host's JDBC transaction: it is stored if and only if the host
   * commits.
   *
   * @param connection the host's connection (auto-commit off); not committed or closed by this call
   * @param event the event
   * @return {@code true} if stored, {@code false} if an event with the same id was already enqueued
   * @throws IllegalStateException if the store cannot join a JDBC transaction (not a {@link
   *     TransactionalOutboxStore})
   * @throws EventEncodingException if the payload cannot be serialized
   * @throws ReliabilityStoreException if the database fails
   */
  public boolean enqueue(Connection connection, BusinessEvent<?> event) {
    return enqueue(connection, event, aggregateOf(event));
  }

  /**
   * Enqueues an event inside the host's JDBC transaction with an explicit ordering key.
   *
   * @param connection the host's connection (auto-commit off); not committed or closed by this call
   * @param event the event
   * @param aggregateKey events with the same key are delivered in enqueue order; 1..200 characters
   * @return {@code true} if stored, {@code false} if an event with the same id was already enqueued
   * @throws IllegalStateException if the store cannot join a JDBC transaction
   * @throws EventEncodingException if the payload cannot be serialized
   * @throws ReliabilityStoreException if the database fails
   */
  public boolean enqueue(Connection connection, BusinessEvent<?> event, String aggregateKey) {
    Objects.requireNonNull(connection, "connection");
    if (!(store instanceof TransactionalOutboxStore tx)) {
      throw new IllegalStateException(
          store.getClass().getSimpleName()
              + " cannot join a JDBC transaction; use a TransactionalOutboxStore such as"
              + " JdbcOutboxStore");
    }
    return tx.append(connection, entry(event, aggregateKey));
  }

  private static String aggregateOf(BusinessEvent<?> event) {
    return Objects.requireNonNull(event, "event").correlationId();
  }

  private NewOutboxEntry entry(BusinessEvent<?> event, String aggregateKey) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(aggregateKey, "aggregateKey");
    requireText("eventId", event.eventId());
    requireText("type", event.type());
    if (!EVENT_TYPE.matcher(event.type()).matches()) {
      throw new IllegalArgumentException(
          "event field 'type' must be dotted lower-case like 'shipment.dispatched', "
              + "got '"
              + event.type()
              + "'");
    }
    requireText("source", event.source());
    requireText("correlationId", event.correlationId());
    requireText("aggregateKey", aggregateKey);
    Objects.requireNonNull(event.payload(), "event.payload");
    return new NewOutboxEntry(
        event.eventId(),
        aggregateKey,
        event.type(),
        event.source(),
        codec.payloadTypeOf(event),
        codec.encode(event),
        Times.now(clock));
  }

  private static void requireText(String field, String value) {
    Checks.requireText(
        value,
        200,
        () ->
            new IllegalArgumentException(
                "event field '"
                    + field
                    + "' must be 1..200 characters, got "
                    + (value == null ? "null" : "length " + value.length())));
  }

  /**
   * Replays dead or delivered events: they become pending again with zero attempts, and an audit
   * entry records who asked and why. Events that are pending or in flight are skipped.
   *
   * @param eventIds the events
   * @param requestedBy who asks (for the audit trail)
   * @param reason why (for the audit trail)
   * @return the ids actually replayed
   */
  public List<String> replay(Collection<String> eventIds, String requestedBy, String reason) {
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(reason, "reason");
    return store.replay(List.copyOf(eventIds), requestedBy, reason, Times.now(clock));
  }

  /**
   * Replays up to {@code limit} dead letters, oldest first.
   *
   * @param limit maximum number of events
   * @param requestedBy who asks
   * @param reason why
   * @return the ids actually replayed
   */
  public List<String> replayDeadLetters(int limit, String requestedBy, String reason) {
    List<String> ids =
        store.list(OutboxStatus.DEAD, limit).stream().map(OutboxRecord::eventId).toList();
    return ids.isEmpty() ? List.of() : replay(ids, requestedBy, reason);
  }

  /**
   * Lists dead letters, oldest first, with their last error.
   *
   * @param limit maximum number of entries
   * @return the dead letters
   */
  public List<OutboxRecord> deadLetters(int limit) {
    return store.list(OutboxStatus.DEAD, limit);
  }

  /**
   * Reads an event's outbox entry.
   *
   * @param eventId the event id
   * @return the entry, or empty
   */
  public Optional<OutboxRecord> find(String eventId) {
    return store.find(Objects.requireNonNull(eventId, "eventId"));
  }

  /**
   * Reads an event's replay audit trail.
   *
   * @param eventId the event id
   * @return audit entries, oldest first
   */
  public List<ReplayAudit> replayAudit(String eventId) {
    return store.replayAudit(Objects.requireNonNull(eventId, "eventId"));
  }

  /**
   * The underlying store (for monitoring queries such as counts per status).
   *
   * @return the store
   */
  public OutboxStore store() {
    return store;
  }

  @Override
  public String toString() {
    return "Outbox[" + store + "]";
  }

  /** Configures an {@link Outbox}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private final OutboxStore store;
    private EventCodec codec = EventCodec.standard();
    private Clock clock = Clock.systemUTC();

    private Builder(OutboxStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Sets how events are converted to JSON (default {@link EventCodec#standard()}); give the
     * {@link OutboxWorker}s a compatible codec.
     *
     * @param c the codec
     * @return this builder
     */
    public Builder codec(EventCodec c) {
      this.codec = Objects.requireNonNull(c, "codec");
      return this;
    }

    /**
     * Sets the time source for creation and replay timestamps (default system UTC).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Builds the outbox.
     *
     * @return the outbox
     */
    public Outbox build() {
      return new Outbox(this);
    }
  }
}
