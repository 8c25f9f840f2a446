package io.github.odooconnector.reliability.api;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The receiving side for webhooks from carriers, WMSs and Odoo: verifies a request, stores it once
 * per {@code (source, eventId)} and later hands stored messages to an {@link InboxHandler}.
 *
 * <pre>{@code
 * WebhookInbox inbox = WebhookInbox.builder(new JdbcInboxStore(dataSource)).build();
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

  private WebhookInbox(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.retry = b.retry;
    this.leaseDuration = b.leaseDuration;
    this.processorId = b.processorId;
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
   * Claims up to {@code maxMessages} stored messages and processes them on the calling thread.
   *
   * <p>A message whose handler returns normally is marked {@code PROCESSED}. A failure is
   * classified by the project's one retryability rule: an {@link OdooConnectorException} whose
   * {@link OdooConnectorException#isRetryable() isRetryable()} is {@code false} (a validation
   * error, a conflict, a {@link PermanentFailureException}) is permanent and parks the message as
   * {@code FAILED} at once with its error; any other exception (retryable SDK exceptions, and
   * exceptions the SDK cannot classify) is retried with the configured backoff until {@link
   * RetrySettings#maxAttempts()}, then parked the same way.
   *
   * @param maxMessages batch size, at least 1
   * @param handler processes each message
   * @return the number of messages claimed
   * @throws ReliabilityStoreException if the store fails
   */
  public int process(int maxMessages, InboxHandler handler) {
    Objects.requireNonNull(handler, "handler");
    Instant now = Times.now(clock);
    List<InboxMessage> batch = store.claim(processorId, maxMessages, now, now.plus(leaseDuration));
    for (InboxMessage m : batch) {
      try {
        handler.handle(m);
      } catch (Exception e) {
        boolean giveUp = isPermanent(e) || !retry.allowsAnotherAttempt(m.attempts());
        store.markFailed(
            m.id(),
            m.leaseToken(),
            Errors.describe(e),
            Times.now(clock).plus(retry.delayAfter(m.attempts())),
            giveUp);
        continue;
      }
      store.markProcessed(m.id(), m.leaseToken(), Times.now(clock));
    }
    return batch.size();
  }

  private static boolean isPermanent(Exception e) {
    return e instanceof OdooConnectorException sdk && !sdk.isRetryable();
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
    return "WebhookInbox[" + store + ", processor=" + processorId + "]";
  }

  /** Configures a {@link WebhookInbox}. Not thread-safe. */
  public static final class Builder {
    private final InboxStore store;
    private Clock clock = Clock.systemUTC();
    private RetrySettings retry = RetrySettings.redeliveryDefaults();
    private Duration leaseDuration = Duration.ofMinutes(1);
    private String processorId = "inbox-" + UUID.randomUUID();

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
     * Builds the inbox.
     *
     * @return the inbox
     */
    public WebhookInbox build() {
      return new WebhookInbox(this);
    }
  }
}
