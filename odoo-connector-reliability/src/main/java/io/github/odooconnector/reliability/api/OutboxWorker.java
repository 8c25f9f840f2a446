package io.github.odooconnector.reliability.api;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Failures;
import io.github.odooconnector.reliability.internal.Heartbeat;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.internal.WorkerLoop;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers outbox events to an {@link EventHandler}: claims a batch under a lease, hands each event
 * to the handler, acknowledges it ({@code DELIVERED}), or schedules a retry with backoff, or after
 * {@link RetrySettings#maxAttempts()} attempts moves it to the dead letters with the last error.
 *
 * <pre>{@code
 * OutboxWorker worker = OutboxWorker.builder(store, event -> carrier.book(event))
 *     .workerId("host-1/outbox-1").batchSize(50).leaseDuration(Duration.ofMinutes(1)).build();
 * worker.start();          // background thread; or call runOnce() from the host's own scheduler
 * ...
 * worker.close();
 * }</pre>
 *
 * <p>Guarantees: at-least-once delivery (make handlers idempotent, see {@link EventHandler});
 * per-aggregate order as the store defines it (see {@link OutboxStore}); while a batch is being
 * handled its leases are renewed every third of {@code leaseDuration} (a heartbeat), so a handler
 * may run far longer than the lease without another worker taking its events over; a worker that
 * dies mid-batch (crash, kill) stops renewing, its events stay {@code IN_FLIGHT} until the lease
 * expires, then any worker takes them over; an acknowledgement or renewal from a worker whose lease
 * was taken over is refused by the store (fencing), and events of the batch whose lease was lost
 * are skipped. If renewals keep failing (database unreachable) the events not yet started are left
 * for takeover once the lease is nearly over. Events whose handler returned are acknowledged
 * together at the end of the batch (also when a handler throws an {@link Error}); their leases are
 * renewed until then, so a long handler late in the batch cannot let them be delivered again.
 *
 * <p>Failures: a {@link PermanentFailureException}, or any SDK exception whose {@code
 * isRetryable()} is {@code false}, moves the event to the dead letters at once; a {@link
 * RetryLaterException} with a delay schedules the next attempt after that delay; anything else is
 * retried with the configured backoff until {@link RetrySettings#maxAttempts()}. Run as many
 * workers, in as many processes, as the store allows.
 *
 * <p>Waking: the background thread ({@link #start()}) claims again at once after a non-empty batch;
 * when there was nothing to claim it sleeps up to {@code pollInterval}, but a store that signals
 * new work ({@link OutboxStore#subscribe(Runnable)}: the JDBC store through PostgreSQL {@code
 * LISTEN/NOTIFY}, the in-memory store on every append) wakes it as soon as an append (or a replay)
 * commits, so an event reaches its handler within milliseconds while an idle worker makes one claim
 * per {@code pollInterval}. Signals are hints: a lost one (listening connection broken, an event
 * that was held back by an older open transaction) costs at most one {@code pollInterval}, which
 * remains the fallback. Many signals during a claim cause one more claim, not one per signal; after
 * a store failure the thread always waits the full {@code pollInterval}.
 *
 * <p>Thread-safe: {@link #runOnce()} may be called from any thread, {@link #start()} runs a single
 * background thread, {@link #close()} stops it.
 */
public final class OutboxWorker implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(OutboxWorker.class.getName());

  private final OutboxStore store;
  private final EventHandler handler;
  private final String workerId;
  private final int batchSize;
  private final Duration leaseDuration;
  private final RetrySettings retry;
  private final Clock clock;
  private final EventCodec codec;
  private final boolean wakeOnAppend;
  private final WorkerLoop loop;

  private OutboxWorker(Builder b) {
    this.store = b.store;
    this.handler = b.handler;
    this.workerId = b.workerId;
    this.batchSize = b.batchSize;
    this.leaseDuration = b.leaseDuration;
    this.retry = b.retry;
    this.clock = b.clock;
    this.codec = b.codec;
    this.wakeOnAppend = b.wakeOnAppend;
    this.loop = new WorkerLoop("outbox worker " + workerId, this::runOnce, b.pollInterval);
  }

  /**
   * Starts configuring a worker.
   *
   * @param store the outbox store
   * @param handler receives the events
   * @return a builder
   */
  public static Builder builder(OutboxStore store, EventHandler handler) {
    return new Builder(store, handler);
  }

  /**
   * This worker's id, recorded as lease owner.
   *
   * @return the id
   */
  public String workerId() {
    return workerId;
  }

  /**
   * Claims one batch and processes it on the calling thread.
   *
   * @return the number of events claimed (0 when nothing was due)
   * @throws ReliabilityStoreException if the store fails (events already claimed are retried after
   *     their lease)
   * @throws Error if the handler throws one; the rest of the batch is abandoned without
   *     acknowledgement
   */
  @SuppressWarnings("try") // the heartbeat only needs closing
  public int runOnce() {
    Instant now = Times.now(clock);
    List<OutboxRecord> batch = store.claim(workerId, batchSize, now, now.plus(leaseDuration));
    if (batch.isEmpty()) {
      return 0;
    }
    Map<Long, OutboxRecord> held = new ConcurrentHashMap<>();
    batch.forEach(r -> held.put(r.id(), r));
    Set<Long> lost = ConcurrentHashMap.newKeySet();
    AtomicReference<Instant> leaseEnd = new AtomicReference<>(now.plus(leaseDuration));
    List<OutboxRecord> delivered = new ArrayList<>();
    try (Heartbeat beat =
        Heartbeat.every(
            Heartbeat.intervalFor(leaseDuration),
            "outbox worker " + workerId,
            () -> renew(held, lost, leaseEnd))) {
      try {
        for (OutboxRecord entry : batch) {
          if (lost.contains(entry.id())) {
            continue; // taken over while earlier entries ran: not ours any more
          }
          if (!Times.now(clock).isBefore(leaseEnd.get().minus(leaseDuration.dividedBy(10)))) {
            LOG.log(
                Level.WARNING,
                "outbox worker {0}: lease renewals failing and the lease nearly expired; leaving"
                    + " the rest of the batch for takeover",
                workerId);
            break;
          }
          if (deliver(entry)) {
            // stays in `held`: its lease is renewed until the batch's acknowledgement, otherwise
            // a long handler later in the batch would let it expire and another worker deliver it
            // again
            delivered.add(entry);
          } else {
            held.remove(entry.id()); // its outcome (retry, dead) is already recorded
          }
        }
      } finally {
        // also when the handler threw an Error: what was handled is acknowledged, in one round trip
        acknowledge(delivered);
      }
    }
    return batch.size();
  }

  private void renew(Map<Long, OutboxRecord> held, Set<Long> lost, AtomicReference<Instant> end) {
    List<OutboxRecord> snapshot = List.copyOf(held.values());
    if (snapshot.isEmpty()) {
      return;
    }
    Instant now = Times.now(clock);
    Set<Long> kept = store.renew(snapshot, now, now.plus(leaseDuration));
    end.set(now.plus(leaseDuration));
    for (OutboxRecord r : snapshot) {
      if (!kept.contains(r.id()) && held.containsKey(r.id())) {
        lost.add(r.id());
        LOG.log(
            Level.WARNING,
            "outbox worker {0}: lease on event {1} was lost; its outcome will not be recorded",
            workerId,
            r.eventId());
      }
    }
  }

  private void acknowledge(List<OutboxRecord> delivered) {
    if (delivered.isEmpty()) {
      return;
    }
    Set<Long> acknowledged = store.markDelivered(delivered, Times.now(clock));
    for (OutboxRecord entry : delivered) {
      if (!acknowledged.contains(entry.id())) {
        LOG.log(
            Level.WARNING,
            "outbox worker {0}: event {1} was delivered but its lease had been taken over; "
                + "it may be delivered again",
            workerId,
            entry.eventId());
      }
    }
  }

  /** Hands one entry to the handler; {@code true} when it returned normally (to acknowledge). */
  private boolean deliver(OutboxRecord entry) {
    if (entry.attempts() > retry.maxAttempts()) {
      // Claimed more often than allowed without a recorded outcome: earlier workers died while
      // handling it (a poison message that crashes the JVM, for example). Stop feeding it to
      // workers.
      String error =
          "claimed "
              + entry.attempts()
              + " times without acknowledgement; workers probably crashed "
              + "while handling it"
              + entry.optionalLastError().map(e -> "; last recorded error: " + e).orElse("");
      if (store.markDead(
          entry.id(), entry.leaseToken(), Errors.truncate(error), Times.now(clock))) {
        LOG.log(
            Level.WARNING,
            "outbox worker {0}: event {1} moved to dead letters: {2}",
            workerId,
            entry.eventId(),
            error);
      }
      return false;
    }
    BusinessEvent<?> event;
    try {
      event = codec.decode(entry.payloadType(), entry.envelopeJson());
    } catch (RuntimeException e) {
      failed(entry, e);
      return false;
    }
    try {
      handler.handle(event);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      failed(entry, e);
      return false;
    }
    return true;
  }

  private void failed(OutboxRecord entry, Exception error) {
    String description = Errors.describe(error);
    Instant now = Times.now(clock);
    Failures.Decision decision = Failures.decide(error, entry.attempts(), retry, now);
    boolean recorded;
    if (!decision.giveUp()) {
      recorded =
          store.markRetry(
              entry.id(), entry.leaseToken(), description, now, decision.nextAttemptAt());
    } else {
      recorded = store.markDead(entry.id(), entry.leaseToken(), description, now);
      if (recorded) {
        LOG.log(
            Level.WARNING,
            "outbox worker {0}: event {1} moved to dead letters after {2} attempts: {3}",
            workerId,
            entry.eventId(),
            entry.attempts(),
            description);
      }
    }
    if (!recorded) {
      LOG.log(
          Level.DEBUG,
          "outbox worker {0}: lease on event {1} lost before recording failure",
          workerId,
          entry.eventId());
    }
  }

  /**
   * Starts a background daemon thread that calls {@link #runOnce()} until {@link #close()}: again
   * at once after a non-empty batch; after an empty one it sleeps until the store signals new work
   * (see {@link Builder#wakeOnAppend(boolean)}) or {@code pollInterval} has passed; after a store
   * failure it sleeps {@code pollInterval}.
   *
   * @throws IllegalStateException if already started
   */
  public void start() {
    loop.start("odc-outbox-" + workerId, wakeOnAppend ? store::subscribe : null);
  }

  /**
   * Whether the background thread is running.
   *
   * @return {@code true} between {@link #start()} and {@link #close()}
   */
  public boolean isRunning() {
    return loop.isRunning();
  }

  /**
   * Stops the background thread after its current batch (waiting at most the lease duration) and
   * ends its store subscription (for the JDBC store: the listening connection is given back when no
   * other worker of the store instance listens). Idempotent.
   */
  @Override
  public void close() {
    loop.stop(leaseDuration);
  }

  @Override
  public String toString() {
    return "OutboxWorker[" + workerId + ", batch=" + batchSize + ", lease=" + leaseDuration + "]";
  }

  /** Configures an {@link OutboxWorker}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private final OutboxStore store;
    private final EventHandler handler;
    private String workerId = "outbox-" + UUID.randomUUID();
    private int batchSize = 50;
    private Duration leaseDuration = Duration.ofMinutes(1);
    private RetrySettings retry = RetrySettings.redeliveryDefaults();
    private Duration pollInterval = Duration.ofMillis(500);
    private boolean wakeOnAppend = true;
    private Clock clock = Clock.systemUTC();
    private EventCodec codec = EventCodec.standard();

    private Builder(OutboxStore store, EventHandler handler) {
      this.store = Objects.requireNonNull(store, "store");
      this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Sets the worker id recorded as lease owner (default: {@code outbox-<uuid>}).
     *
     * @param id 1..200 characters, unique per worker
     * @return this builder
     */
    public Builder workerId(String id) {
      Objects.requireNonNull(id, "workerId");
      if (id.isBlank() || id.length() > 200) {
        throw new IllegalArgumentException("workerId must be 1..200 characters");
      }
      this.workerId = id;
      return this;
    }

    /**
     * Sets how many events are claimed at once (default 50).
     *
     * @param size 1..10000
     * @return this builder
     */
    public Builder batchSize(int size) {
      if (size < 1 || size > 10_000) {
        throw new IllegalArgumentException("batchSize must be 1..10000, got " + size);
      }
      this.batchSize = size;
      return this;
    }

    /**
     * Sets how long a claim holds (default 1 min). Must exceed the time to handle a whole batch.
     *
     * @param lease positive duration
     * @return this builder
     */
    public Builder leaseDuration(Duration lease) {
      Objects.requireNonNull(lease, "leaseDuration");
      if (lease.isZero() || lease.isNegative()) {
        throw new IllegalArgumentException("leaseDuration must be positive, got " + lease);
      }
      this.leaseDuration = lease;
      return this;
    }

    /**
     * Sets retries and backoff (default {@link RetrySettings#redeliveryDefaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retry(RetrySettings policy) {
      this.retry = Objects.requireNonNull(policy, "retry");
      return this;
    }

    /**
     * Sets whether the background thread subscribes to the store's new-work signals ({@link
     * OutboxStore#subscribe(Runnable)}) to wake before its poll is due (default {@code true}). Turn
     * it off to poll only, for example to hold no listening connection; a store that cannot signal
     * is polled either way.
     *
     * @param enabled {@code false} to poll only
     * @return this builder
     */
    public Builder wakeOnAppend(boolean enabled) {
      this.wakeOnAppend = enabled;
      return this;
    }

    /**
     * Sets the background thread's longest sleep when idle (default 500 ms): how often it claims
     * when no signal arrives. With a store that signals new work this is only the fallback, so it
     * can be long (seconds) without delaying events.
     *
     * @param interval positive duration
     * @return this builder
     */
    public Builder pollInterval(Duration interval) {
      Objects.requireNonNull(interval, "pollInterval");
      if (interval.isZero() || interval.isNegative()) {
        throw new IllegalArgumentException("pollInterval must be positive, got " + interval);
      }
      this.pollInterval = interval;
      return this;
    }

    /**
     * Sets the time source (default system UTC).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Sets the codec decoding stored events (default {@link EventCodec#standard()}).
     *
     * @param c the codec
     * @return this builder
     */
    public Builder codec(EventCodec c) {
      this.codec = Objects.requireNonNull(c, "codec");
      return this;
    }

    /**
     * Builds the worker (not started).
     *
     * @return the worker
     */
    public OutboxWorker build() {
      return new OutboxWorker(this);
    }
  }
}
