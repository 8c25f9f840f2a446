package io.github.odooconnector.reliability.api;

import io.github.odooconnector.reliability.internal.WorkerLoop;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import java.time.Duration;
import java.util.Objects;

/**
 * Processes a {@link WebhookInbox} on a background thread: calls {@link WebhookInbox#process} again
 * at once after a non-empty batch; after an empty one it sleeps up to {@code pollInterval}, but a
 * store that signals new messages ({@link InboxStore#subscribe(Runnable)}: the JDBC store through
 * PostgreSQL {@code LISTEN/NOTIFY}, the in-memory store on every new message) wakes it as soon as a
 * message is accepted (or replayed), so a webhook is applied within milliseconds of its receipt
 * while an idle worker claims once per {@code pollInterval}.
 *
 * <pre>{@code
 * InboxWorker worker = InboxWorker.builder(inbox, message -> apply(message.body()))
 *     .batchSize(100).pollInterval(Duration.ofSeconds(30)).build();
 * worker.start();
 * ...
 * worker.close();
 * }</pre>
 *
 * <p>Everything about a batch — leases and their renewal, retries, parking as {@code FAILED},
 * sources — is {@link WebhookInbox#process}'s; this class only decides when to call it. Signals are
 * hints: a lost one (listening connection broken, a message whose retry backoff has not passed)
 * costs at most one {@code pollInterval}, which remains the fallback. Many signals during a batch
 * cause one more batch, not one each; after a store failure the thread waits the full {@code
 * pollInterval}; an {@link Error} thrown by the handler stops the thread (the message is taken over
 * after its lease, as {@link WebhookInbox#process} describes). Workers on several threads or
 * instances may share one inbox table.
 *
 * <p>Thread-safe: {@link #runOnce()} may be called from any thread, {@link #start()} runs a single
 * background thread, {@link #close()} stops it.
 */
public final class InboxWorker implements AutoCloseable {

  private final WebhookInbox inbox;
  private final InboxHandler handler;
  private final int batchSize;
  private final boolean wakeOnReceive;
  private final String name;
  private final WorkerLoop loop;

  private InboxWorker(Builder b) {
    this.inbox = b.inbox;
    this.handler = b.handler;
    this.batchSize = b.batchSize;
    this.wakeOnReceive = b.wakeOnReceive;
    this.name = b.name;
    this.loop = new WorkerLoop("inbox worker " + name, this::runOnce, b.pollInterval);
  }

  /**
   * Starts configuring a worker.
   *
   * @param inbox the inbox to process (its store, sources, lease and retries apply)
   * @param handler processes each message
   * @return a builder
   */
  public static Builder builder(WebhookInbox inbox, InboxHandler handler) {
    return new Builder(inbox, handler);
  }

  /**
   * Processes one batch on the calling thread ({@link WebhookInbox#process}).
   *
   * @return the number of messages claimed (0 when nothing was due)
   * @throws ReliabilityStoreException if the store fails
   * @throws Error if the handler throws one
   */
  public int runOnce() {
    return inbox.process(batchSize, handler);
  }

  /**
   * Starts the background daemon thread ({@code odc-inbox-<name>}), subscribed to the store's
   * signals unless {@link Builder#wakeOnReceive(boolean) wakeOnReceive(false)}.
   *
   * @throws IllegalStateException if already started
   */
  public void start() {
    InboxStore store = inbox.store();
    loop.start("odc-inbox-" + name, wakeOnReceive ? store::subscribe : null);
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
   * Stops the background thread after its current batch (waiting at most a minute) and ends its
   * store subscription (for the JDBC store: the listening connection is given back when no other
   * subscriber of the store instance listens). Idempotent.
   */
  @Override
  public void close() {
    loop.stop(Duration.ofMinutes(1));
  }

  @Override
  public String toString() {
    return "InboxWorker[" + name + ", " + inbox + ", batch=" + batchSize + "]";
  }

  /** Configures an {@link InboxWorker}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private final WebhookInbox inbox;
    private final InboxHandler handler;
    private int batchSize = 100;
    private Duration pollInterval = Duration.ofMillis(500);
    private boolean wakeOnReceive = true;
    private String name = "inbox";

    private Builder(WebhookInbox inbox, InboxHandler handler) {
      this.inbox = Objects.requireNonNull(inbox, "inbox");
      this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Sets how many messages are claimed at once (default 100).
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
     * Sets the background thread's longest sleep when idle (default 500 ms). With a store that
     * signals new messages this is only the fallback, so it can be long (seconds).
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
     * Sets whether the background thread subscribes to the store's new-message signals ({@link
     * InboxStore#subscribe(Runnable)}) to wake before its poll is due (default {@code true}). Turn
     * it off to poll only, for example to hold no listening connection.
     *
     * @param enabled {@code false} to poll only
     * @return this builder
     */
    public Builder wakeOnReceive(boolean enabled) {
      this.wakeOnReceive = enabled;
      return this;
    }

    /**
     * Sets the name used for the thread and the log (default {@code inbox}).
     *
     * @param value 1..200 characters
     * @return this builder
     */
    public Builder name(String value) {
      Objects.requireNonNull(value, "name");
      if (value.isBlank() || value.length() > 200) {
        throw new IllegalArgumentException("name must be 1..200 characters");
      }
      this.name = value;
      return this;
    }

    /**
     * Builds the worker (not started).
     *
     * @return the worker
     */
    public InboxWorker build() {
      return new InboxWorker(this);
    }
  }
}
