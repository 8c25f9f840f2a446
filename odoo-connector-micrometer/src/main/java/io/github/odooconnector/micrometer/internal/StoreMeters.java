package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.reliability.spi.ClaimResult;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Metering decorators of the reliability stores: they count what the workers and facades do through
 * the store (claims, deliveries and their latency, retries, dead letters, replays, idempotency
 * claims by result) without any change to the facades.
 */
public final class StoreMeters {

  /** At most this many claimed entries are remembered for latency; older ones are forgotten. */
  private static final int MAX_TRACKED = 10_000;

  private final MeterRegistry meters;
  private final Tags common;

  /**
   * Creates the decorator factory.
   *
   * @param meters registry
   * @param common tags added to every meter
   */
  public StoreMeters(MeterRegistry meters, Tags common) {
    this.meters = meters;
    this.common = common;
  }

  private Counter counter(String name, String description, Tags tags) {
    return Counter.builder(name).description(description).tags(common).tags(tags).register(meters);
  }

  /**
   * Decorates an outbox store.
   *
   * @param name the store's name tag
   * @param store the store
   * @return the metered store (also a {@code TransactionalOutboxStore} when the store is one)
   */
  public OutboxStore outbox(String name, OutboxStore store) {
    Tags tags = Tags.of("store", name);
    Map<Long, OutboxRecord> claimed = new ConcurrentHashMap<>();
    return Proxies.decorate(
        OutboxStore.class,
        store,
        (delegate, method, args) -> {
          Object result = Proxies.forward(delegate, method, args);
          switch (method.getName()) {
            case "append" ->
                counter(
                        "odoo.outbox.enqueued",
                        "events appended to the outbox, by result",
                        tags.and("result", Boolean.TRUE.equals(result) ? "appended" : "duplicate"))
                    .increment();
            case "claim" -> {
              @SuppressWarnings("unchecked")
              List<OutboxRecord> batch = (List<OutboxRecord>) result;
              if (claimed.size() > MAX_TRACKED) {
                claimed.clear();
              }
              batch.forEach(r -> claimed.put(r.id(), r));
              counter("odoo.outbox.claimed", "outbox entries claimed for delivery", tags)
                  .increment(batch.size());
            }
            case "markDelivered" -> {
              Instant now = (Instant) args[args.length - 1];
              if (args[0] instanceof Collection<?> batch) {
                // the batched acknowledgement: the result holds the ids that kept their lease
                Collection<?> acknowledged = (Collection<?>) result;
                for (Object entry : batch) {
                  OutboxRecord r = (OutboxRecord) entry;
                  claimed.remove(r.id());
                  if (acknowledged.contains(r.id())) {
                    delivered(tags, r, now);
                  }
                }
              } else {
                OutboxRecord r = claimed.remove((Long) args[0]);
                if (Boolean.TRUE.equals(result)) {
                  delivered(tags, r, now);
                }
              }
            }
            case "markRetry" -> {
              claimed.remove((Long) args[0]);
              if (Boolean.TRUE.equals(result)) {
                counter(
                        "odoo.outbox.retries",
                        "outbox deliveries that failed and are retried",
                        tags)
                    .increment();
              }
            }
            case "markDead" -> {
              OutboxRecord r = claimed.remove((Long) args[0]);
              if (Boolean.TRUE.equals(result)) {
                counter("odoo.outbox.dead.letters", "outbox entries moved to dead letters", tags)
                    .increment();
                if (r != null) {
                  attempts("odoo.outbox.attempts", tags.and("outcome", "dead"), r.attempts());
                }
              }
            }
            case "replay" ->
                counter("odoo.outbox.replayed", "dead letters replayed", tags)
                    .increment(((Collection<?>) result).size());
            default -> {
              // reads and housekeeping are not metered
            }
          }
          return result;
        });
  }

  /**
   * Decorates an inbox store.
   *
   * @param name the store's name tag
   * @param store the store
   * @return the metered store
   */
  public InboxStore inbox(String name, InboxStore store) {
    Tags tags = Tags.of("store", name);
    Map<Long, InboxMessage> claimed = new ConcurrentHashMap<>();
    return Proxies.decorate(
        InboxStore.class,
        store,
        (delegate, method, args) -> {
          Object result = Proxies.forward(delegate, method, args);
          switch (method.getName()) {
            case "store" ->
                counter(
                        "odoo.inbox.received",
                        "webhook messages received, by source and result",
                        tags.and("source", String.valueOf(args[0]))
                            .and("result", Boolean.TRUE.equals(result) ? "stored" : "duplicate"))
                    .increment();
            case "claim" -> {
              @SuppressWarnings("unchecked")
              List<InboxMessage> batch = (List<InboxMessage>) result;
              if (claimed.size() > MAX_TRACKED) {
                claimed.clear();
              }
              batch.forEach(m -> claimed.put(m.id(), m));
              counter("odoo.inbox.claimed", "inbox messages claimed for processing", tags)
                  .increment(batch.size());
            }
            case "markProcessed" -> {
              InboxMessage m = claimed.remove((Long) args[0]);
              if (Boolean.TRUE.equals(result)) {
                counter("odoo.inbox.processed", "inbox messages processed", tags).increment();
                if (m != null) {
                  latency("odoo.inbox.processing.latency", tags, m.receivedAt(), (Instant) args[2]);
                  attempts("odoo.inbox.attempts", tags.and("outcome", "processed"), m.attempts());
                }
              }
            }
            case "markFailed" -> {
              InboxMessage m = claimed.remove((Long) args[0]);
              boolean giveUp = Boolean.TRUE.equals(args[args.length - 1]);
              if (Boolean.TRUE.equals(result)) {
                counter(
                        "odoo.inbox.failures",
                        "inbox processing failures; final=true when parked as FAILED",
                        tags.and("final", Boolean.toString(giveUp)))
                    .increment();
                if (m != null && giveUp) {
                  attempts("odoo.inbox.attempts", tags.and("outcome", "failed"), m.attempts());
                }
              }
            }
            default -> {
              // reads and housekeeping are not metered
            }
          }
          return result;
        });
  }

  /**
   * Decorates an idempotency store.
   *
   * @param name the store's name tag
   * @param store the store
   * @return the metered store
   */
  public IdempotencyStore idempotency(String name, IdempotencyStore store) {
    Tags tags = Tags.of("store", name);
    return Proxies.decorate(
        IdempotencyStore.class,
        store,
        (delegate, method, args) -> {
          Object result = Proxies.forward(delegate, method, args);
          switch (method.getName()) {
            case "claim" -> {
              ClaimResult.Status status = ((ClaimResult) result).status();
              String value =
                  status == ClaimResult.Status.FINGERPRINT_MISMATCH
                      ? "conflict"
                      : status.name().toLowerCase(Locale.ROOT);
              counter(
                      "odoo.idempotency.claims",
                      "idempotency claims by result (acquired, completed, in_progress, conflict)",
                      tags.and("result", value))
                  .increment();
            }
            case "complete" -> {
              if (Boolean.TRUE.equals(result)) {
                counter("odoo.idempotency.completed", "idempotent actions completed", tags)
                    .increment();
              }
            }
            case "fail" -> {
              if (Boolean.TRUE.equals(result)) {
                counter("odoo.idempotency.failed", "idempotent actions failed", tags).increment();
              }
            }
            default -> {
              // reads and housekeeping are not metered
            }
          }
          return result;
        });
  }

  private void latency(String name, Tags tags, Instant from, Instant to) {
    if (from == null || to == null) {
      return;
    }
    Duration d = Duration.between(from, to);
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    Timer.builder(name)
        .description("time from arrival in the store to successful handling")
        .tags(common)
        .tags(tags)
        .register(meters)
        .record(d);
  }

  private void attempts(String name, Tags tags, int attempts) {
    DistributionSummary.builder(name)
        .description("attempts an entry needed, by final outcome")
        .tags(common)
        .tags(tags)
        .register(meters)
        .record(attempts);
  }

  private void delivered(Tags tags, OutboxRecord r, Instant now) {
    counter("odoo.outbox.delivered", "outbox entries delivered", tags).increment();
    if (r != null) {
      latency("odoo.outbox.delivery.latency", tags, r.createdAt(), now);
      attempts("odoo.outbox.attempts", tags.and("outcome", "delivered"), r.attempts());
    }
  }
}
