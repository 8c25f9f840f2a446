package io.github.odooconnector.reliability.api;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Failures;
import io.github.odooconnector.reliability.internal.Heartbeat;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxReplayAudit;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The receiving side for webhooks from carriers, WMSs and Odoo: verifies a request, stores it once
 * per {@code (source, eventId)} and later hands stored messages to an {@link InboxHandler}.
 *
 * <pre>{@code
 * WebhookInbox inbox = WebhookInbox.builder(JdbcInboxStore.create(dataSource))
 *     .sources(List.of("carrier:dhl"))                // process only these; others share the table
 *     .build();
 * // in the HTTP endpoint:
 * try {
 *   inbox.receive("carrier:dhl", verifier, WebhookRequest.of(headers, rawBody));
 *   return 200;                                      // new or duplicate: acknowledge either way
 * } catch (WebhookVerificationException e) {
 *   return 401;                                      // e.reason() says which check failed
 * }
 * // in a scheduler:
 * inbox.process(100, message -> applyTrackingUpdate(message.body()));
 * }</pre>
 *
 * <p>Answering 2xx only after {@code receive} returned means an accepted message is durable before
 * the sender is told so. Processing is at-least-once with retries and backoff; after {@link
 * RetrySettings#maxAttempts()} failures a message is marked {@code FAILED} with its last error, and
 * a permanent failure (see {@link #process}) is marked {@code FAILED} at once. Thread-safe; share
 * one instance.
 */
public final class WebhookInbox {

  private final InboxStore store;
  private final Clock clock;
  private final RetrySettings retry;
  private final Duration leaseDuration;
  private final String processorId;
  private final Set<String> sources;

  private WebhookInbox(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.retry = b.retry;
    this.leaseDuration = b.leaseDuration;
    this.processorId = b.processorId;
    this.sources = b.sources;
  }

  /**
   * Starts configuring an inbox.
   *
   * @param store where messages are kept
   * @return a builder
   */
  public static Builder builder(InboxStore store) {
    return new Builder(store);
  }

  /**
   * Verifies a webhook request and stores it unless it is a redelivery.
   *
   * @param source the sending system, for example {@code carrier:dhl}; 1..200 characters
   * @param verifier checks the signature and supplies the event id
   * @param request the request
   * @return whether the message was new or a duplicate
   * @throws WebhookVerificationException if verification fails (nothing is stored)
   * @throws ReliabilityStoreException if the store fails (answer 5xx so the sender retries)
   */
  public InboxReceipt receive(String source, WebhookVerifier verifier, WebhookRequest request) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(request, "request");
    if (source.isBlank() || source.length() > 200) {
      throw new IllegalArgumentException(
          "source must be 1..200 characters, got length " + source.length());
    }
    VerifiedWebhook verified = verifier.verify(request);
    boolean stored = store.store(source, verified, Times.now(clock));
    return new InboxReceipt(
        stored ? InboxReceipt.Status.ACCEPTED : InboxReceipt.Status.DUPLICATE,
        source,
        verified.eventId());
  }

  /**
   * Claims up to {@code maxMessages} stored messages (of the {@linkplain Builder#sources sources}
   * this inbox processes) and processes them on the calling thread.
   *
   * <p>A message whose handler returns normally is marked {@code PROCESSED}. A failure is
   * classified by the project's one retryability rule: an {@link OdooConnectorException} whose
   * {@link OdooConnectorException#isRetryable() isRetryable()} is {@code false} (a validation
   * error, a conflict, a {@link PermanentFailureException}) is permanent and parks the message as
   * {@code FAILED} at once with its error; any other exception (retryable SDK exceptions, and
   * exceptions the SDK cannot classify) is retried with the configured backoff, or after the delay
   * a {@link RetryLaterException} asks for, until {@link RetrySettings#maxAttempts()}, then parked
   * the same way. An {@link Error} thrown by the handler propagates and leaves the message to be
   * taken over when its lease expires; a message claimed more than {@code maxAttempts} times
   * without an outcome is parked without reaching the handler again.
   *
   * <p>While the batch runs, its leases are renewed every third of the lease duration, so a handler
   * may run far longer than the lease without another processor taking its message over; a message
   * whose lease was lost meanwhile is skipped (and its outcome could not be recorded).
   *
   * @param maxMessages batch size, at least 1
   * @param handler processes each message
   * @return the number of messages claimed
   * @throws ReliabilityStoreException if the store fails
   */
  @SuppressWarnings("try") // the heartbeat only needs closing
  public int process(int maxMessages, InboxHandler handler) {
    Objects.requireNonNull(handler, "handler");
    Instant now = Times.now(clock);
    List<InboxMessage> batch =
        store.claim(processorId, sources, maxMessages, now, now.plus(leaseDuration));
    if (batch.isEmpty()) {
      return 0;
    }
    Map<Long, InboxMessage> held = new ConcurrentHashMap<>();
    batch.forEach(m -> held.put(m.id(), m));
    Set<Long> lost = ConcurrentHashMap.newKeySet();
    try (Heartbeat beat =
        Heartbeat.every(
            Heartbeat.intervalFor(leaseDuration),
            "inbox processor " + processorId,
            () -> {
              List<InboxMessage> snapshot = List.copyOf(held.values());
              if (!snapshot.isEmpty()) {
                Instant t = Times.now(clock);
                Set<Long> kept = store.renew(snapshot, t, t.plus(leaseDuration));
                snapshot.stream()
                    .filter(m -> !kept.contains(m.id()) && held.containsKey(m.id()))
                    .forEach(m -> lost.add(m.id()));
              }
            })) {
      for (InboxMessage m : batch) {
        if (!lost.contains(m.id())) {
          processOne(m, handler);
        }
        held.remove(m.id());
      }
    }
    return batch.size();
  }

  private void processOne(InboxMessage m, InboxHandler handler) {
    if (m.attempts() > retry.maxAttempts()) {
      // claimed more often than allowed without an outcome: earlier processors died (or the
      // handler threw an Error) while handling it; stop handing it out
      store.markFailed(
          m.id(),
          m.leaseToken(),
          "claimed "
              + m.attempts()
              + " times without an outcome; processors probably crashed while handling it"
              + m.optionalLastError().map(e -> "; last recorded error: " + e).orElse(""),
          Times.now(clock),
          Times.now(clock),
          true);
      return;
    }
    try {
      handler.handle(m);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      Instant t = Times.now(clock);
      Failures.Decision decision = Failures.decide(e, m.attempts(), retry, t);
      store.markFailed(
          m.id(),
          m.leaseToken(),
          Errors.describe(e),
          t,
          decision.nextAttemptAt(),
          decision.giveUp());
      return;
    }
    store.markProcessed(m.id(), m.leaseToken(), Times.now(clock));
  }

  /**
   * Puts failed (or processed) messages of one source back to be processed again, with an audit
   * entry each (who, why, previous status, attempts and error). Safe to call concurrently: each
   * message is replayed once per request however many operators click at once.
   *
   * @param source the sending system
   * @param eventIds the messages to replay
   * @param requestedBy who asks, for the audit trail
   * @param reason why, for the audit trail
   * @return the event ids actually replayed (unknown ids and messages not failed or processed are
   *     skipped)
   * @throws ReliabilityStoreException if the store fails
   */
  public List<String> replay(
      String source, Collection<String> eventIds, String requestedBy, String reason) {
    Objects.requireNonNull(eventIds, "eventIds");
    return store.replay(source, List.copyOf(eventIds), requestedBy, reason, Times.now(clock));
  }

  /**
   * Lists the messages parked as {@code FAILED}, oldest first.
   *
   * @param limit maximum number of messages
   * @return the failed messages with their last error
   * @throws ReliabilityStoreException if the store fails
   */
  public List<InboxMessage> failedMessages(int limit) {
    return store.list(InboxStatus.FAILED, limit);
  }

  /**
   * Reads the replay audit trail of a message, oldest first.
   *
   * @param source the sending system
   * @param eventId the message id
   * @return the audit entries
   * @throws ReliabilityStoreException if the store fails
   */
  public List<InboxReplayAudit> replayAudit(String source, String eventId) {
    return store.replayAudit(source, eventId);
  }

  /**
   * The underlying store (for monitoring and lookups).
   *
   * @return the store
   */
  public InboxStore store() {
    return store;
  }

  @Override
  public String toString() {
    return "WebhookInbox["
        + store
        + ", processor="
        + processorId
        + (sources.isEmpty() ? "" : ", sources=" + sources)
        + "]";
  }

  /** Configures a {@link WebhookInbox}. Not thread-safe. */
  public static final class Builder {
    private final InboxStore store;
    private Clock clock = Clock.systemUTC();
    private RetrySettings retry = RetrySettings.redeliveryDefaults();
    private Duration leaseDuration = Duration.ofMinutes(1);
    private String processorId = "inbox-" + UUID.randomUUID();
    private Set<String> sources = Set.of();

    private Builder(InboxStore store) {
      this.store = Objects.requireNonNull(store, "store");
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
     * Sets processing retries (default {@link RetrySettings#redeliveryDefaults()}).
     *
     * @param p the policy
     * @return this builder
     */
    public Builder retry(RetrySettings p) {
      this.retry = Objects.requireNonNull(p, "retry");
      return this;
    }

    /**
     * Sets how long a processing claim holds (default 1 min).
     *
     * @param d positive duration
     * @return this builder
     */
    public Builder leaseDuration(Duration d) {
      Objects.requireNonNull(d, "leaseDuration");
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException("leaseDuration must be positive, got " + d);
      }
      this.leaseDuration = d;
      return this;
    }

    /**
     * Sets the processor id recorded as lease owner (default {@code inbox-<uuid>}).
     *
     * @param id 1..200 characters
     * @return this builder
     */
    public Builder processorId(String id) {
      Objects.requireNonNull(id, "processorId");
      if (id.isBlank() || id.length() > 200) {
        throw new IllegalArgumentException("processorId must be 1..200 characters");
      }
      this.processorId = id;
      return this;
    }

    /**
     * Limits {@link WebhookInbox#process} to messages of these sources (default: every source). Set
     * it whenever several integrations share one store (for example a WMS and a carrier integration
     * on one {@code odc_inbox} table), so that each processes only its own messages. Receiving is
     * not limited.
     *
     * @param values the sources, each 1..200 characters, as passed to {@link WebhookInbox#receive};
     *     at least one
     * @return this builder
     */
    public Builder sources(Collection<String> values) {
      Objects.requireNonNull(values, "sources");
      for (String v : values) {
        Objects.requireNonNull(v, "source");
        if (v.isBlank() || v.length() > 200) {
          throw new IllegalArgumentException(
              "source must be 1..200 characters, got length " + v.length());
        }
      }
      if (values.isEmpty()) {
        throw new IllegalArgumentException("sources must name at least one source");
      }
      this.sources = Set.copyOf(values);
      return this;
    }

    /**
     * Builds the inbox.
     *
     * @return the inbox
     */
    public WebhookInbox build() {
      return new WebhookInbox(this);
    }
  }
}
