package io.github.odooconnector.wms.internal;

import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.util.List;
import java.util.function.Function;

/**
 * The WMS's webhook inbox, a {@link WebhookInbox}: stores verified webhooks once per event id and
 * applies them later. Each message's outcome is recorded in the run's {@link BatchReport}; a
 * failure the report calls permanent (malformed message, unknown order) is parked at once, a
 * retryable one is retried by a later run with the inbox's backoff. Thread-safe.
 */
final class WmsInbox {

  private final WmsAdapter adapter;
  private final WebhookInbox inbox;
  private final WmsSettings settings;

  /** Creates the inbox; {@code store} is null when none was configured. */
  WmsInbox(WmsAdapter adapter, InboxStore store, WmsSettings settings) {
    this.adapter = adapter;
    this.settings = settings;
    this.inbox =
        store == null
            ? null
            : WebhookInbox.builder(store)
                .clock(settings.clock())
                .processorId(settings.owner())
                .leaseDuration(settings.leaseDuration())
                // one inbox table may also hold carrier callbacks: claim only this WMS's messages
                .sources(List.of(settings.source()))
                .build();
  }

  private WebhookInbox requireInbox() {
    if (inbox == null) {
      throw new IllegalStateException(
          "no inbox store configured: WmsIntegration.builder().inboxStore(...)");
    }
    return inbox;
  }

  boolean accept(WebhookRequest request) {
    WebhookInbox in = requireInbox();
    WebhookVerifier verifier =
        adapter
            .webhookVerifier()
            .orElseThrow(
                () -> new IllegalStateException(adapter.name() + " has no webhook verifier"));
    return !in.receive(settings.source(), verifier, request).isDuplicate();
  }

  /**
   * Claims a batch of stored messages and applies each.
   *
   * @param apply applies one message and says what it came to
   */
  BatchReport process(Function<WmsMessage, BatchRun.Done> apply) {
    WebhookInbox in = requireInbox();
    BatchRun run = BatchRun.attemptingEveryItem();
    in.process(
        settings.batchSize(),
        message -> {
          if (run.run(message.eventId(), () -> apply.apply(toWmsMessage(message))).isPresent()) {
            // the report and the inbox judge a failure by the same rule (isRetryable), so the
            // original exception tells the inbox exactly what the report says
            throw run.lastError();
          }
        });
    return run.report();
  }

  private static WmsMessage toWmsMessage(InboxMessage message) {
    return new WmsMessage(message.eventId(), message.receivedAt(), message.body());
  }
}
