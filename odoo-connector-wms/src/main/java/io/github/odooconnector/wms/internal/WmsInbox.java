package io.github.odooconnector.wms.internal;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.reliability.api.PermanentFailureException;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.spi.WmsAdapter;
import io.github.odooconnector.wms.spi.WmsMessage;
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
          BatchReport.Failure failure =
              run.run(message.eventId(), () -> apply.apply(toWmsMessage(message))).orElse(null);
          if (failure != null) {
            throw settle(failure, run.lastError());
          }
        });
    return run.report();
  }

  private static WmsMessage toWmsMessage(InboxMessage message) {
    return new WmsMessage(message.eventId(), message.receivedAt(), message.body());
  }

  /**
   * What the inbox is told about a failed message, so that it parks exactly the failures the report
   * calls permanent and retries the others: the original exception where the inbox's rule ({@code
   * OdooConnectorException} that is not retryable: park) agrees with the report, otherwise the
   * report's verdict wrapped around it.
   */
  private static RuntimeException settle(BatchReport.Failure failure, RuntimeException cause) {
    if (cause == null) {
      return failure.retryable()
          ? new RetryableMessageFailure(failure.error(), null)
          : new PermanentFailureException(failure.error());
    }
    boolean inboxParks = cause instanceof OdooConnectorException sdk && !sdk.isRetryable();
    if (failure.retryable() == !inboxParks) {
      return cause;
    }
    return failure.retryable()
        ? new RetryableMessageFailure(failure.error(), cause)
        : new PermanentFailureException(failure.error(), cause);
  }

  /** A failure the report calls retryable although its exception says otherwise. */
  private static final class RetryableMessageFailure extends OdooConnectorException {
    private static final long serialVersionUID = 1L;

    RetryableMessageFailure(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public boolean isRetryable() {
      return true;
    }
  }
}
