package io.github.odooconnector.wms.internal;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The WMS's webhook inbox: stores verified webhooks once per event id and applies them later.
 *
 * <p>Messages are claimed and settled on the {@link InboxStore} here rather than through {@code
 * WebhookInbox.process}, so that a permanent failure (malformed message, unknown order) is parked
 * at once instead of being retried until the retry budget is spent. This is the only class that
 * does so; it is meant to be replaced by {@code WebhookInbox} once that can park a permanent
 * failure. Thread-safe.
 */
final class WmsInbox {

  private static final RetrySettings INBOX_RETRY = RetrySettings.redeliveryDefaults();

  private final WmsAdapter adapter;
  private final InboxStore store;
  private final WebhookInbox inbox;
  private final Clock clock;
  private final WmsSettings settings;

  /** Creates the inbox; {@code store} is null when none was configured. */
  WmsInbox(WmsAdapter adapter, InboxStore store, WmsSettings settings) {
    this.adapter = adapter;
    this.store = store;
    this.clock = settings.clock();
    this.settings = settings;
    this.inbox =
        store == null
            ? null
            : WebhookInbox.builder(store)
                .clock(clock)
                .processorId(settings.owner())
                .leaseDuration(settings.leaseDuration())
                .build();
  }

  private void requireStore() {
    if (inbox == null) {
      throw new IllegalStateException(
          "no inbox store configured: WmsIntegration.builder().inboxStore(...)");
    }
  }

  boolean accept(WebhookRequest request) {
    requireStore();
    WebhookVerifier verifier =
        adapter
            .webhookVerifier()
            .orElseThrow(
                () -> new IllegalStateException(adapter.name() + " has no webhook verifier"));
    return !inbox.receive(settings.source(), verifier, request).isDuplicate();
  }

  /**
   * Claims a batch of stored messages and applies each.
   *
   * @param apply applies one message and says what it came to
   */
  BatchReport process(Function<WmsMessage, BatchRun.Done> apply) {
    requireStore();
    BatchRun run = BatchRun.attemptingEveryItem();
    Instant now = Instant.now(clock);
    for (InboxMessage message :
        store.claim(
            settings.owner(), settings.batchSize(), now, now.plus(settings.leaseDuration()))) {
      run.run(
              message.eventId(),
              () -> {
                BatchRun.Done done =
                    apply.apply(
                        new WmsMessage(message.eventId(), message.receivedAt(), message.body()));
                store.markProcessed(message.id(), message.leaseToken(), Instant.now(clock));
                return done;
              })
          .ifPresent(
              f -> {
                boolean giveUp =
                    !f.retryable() || !INBOX_RETRY.allowsAnotherAttempt(message.attempts());
                store.markFailed(
                    message.id(),
                    message.leaseToken(),
                    f.error(),
                    Instant.now(clock),
                    Instant.now(clock).plus(INBOX_RETRY.delayAfter(message.attempts())),
                    giveUp);
              });
    }
    return run.report();
  }
}
