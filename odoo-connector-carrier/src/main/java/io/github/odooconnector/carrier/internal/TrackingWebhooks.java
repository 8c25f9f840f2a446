package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.api.InboxReceipt;
import io.github.odooconnector.reliability.api.PermanentFailureException;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The carrier's webhook intake, the same {@link WebhookInbox} path as the WMS's: a tracking webhook
 * is verified (the carrier's {@link WebhookVerifier} when one is registered), parsed and checked as
 * a whole by the adapter, and stored once per {@code (carrier:<code>, event id)} before the carrier
 * is answered; the inbox processor later parses the stored body again and hands the events to the
 * {@link TrackingApplier}. A failure the SDK calls permanent (a stored body the adapter now
 * rejects) parks the message as {@code FAILED}; any other (Odoo down, a store outage) is retried
 * with the configured backoff. The event id is the verifier's, or the hex SHA-256 of the body when
 * the carrier has no verifier, so an identical redelivery is recognised. This integration's inbox
 * claims only the sources of its registered carriers, so it can share one store with a WMS
 * integration. Thread-safe.
 */
final class TrackingWebhooks {

  /** Prefix of the inbox source of a carrier's webhooks: {@code carrier:<carrierCode>}. */
  static final String SOURCE_PREFIX = "carrier:";

  /** Batch size of the synchronous {@link #handle} while it works its way to its message. */
  private static final int HANDLE_BATCH = 50;

  private final ShippingSetup setup;
  private final Map<String, WebhookVerifier> verifiers;
  private final TrackingApplier applier;
  private final WebhookInbox inbox;

  TrackingWebhooks(
      ShippingSetup setup,
      Map<String, WebhookVerifier> verifiers,
      TrackingApplier applier,
      InboxStore store,
      RetrySettings retry,
      String owner,
      Clock clock) {
    this.setup = setup;
    this.verifiers = verifiers;
    this.applier = applier;
    this.inbox =
        WebhookInbox.builder(store)
            .clock(clock)
            .retry(retry)
            .processorId(owner)
            .sources(setup.codes().stream().map(TrackingWebhooks::source).toList())
            .build();
  }

  static String source(String carrierCode) {
    return SOURCE_PREFIX + carrierCode;
  }

  /**
   * Verifies, checks and stores a webhook; nothing reaches Odoo.
   *
   * @throws InvalidTrackingWebhookException if the signature or the payload is invalid (nothing is
   *     stored)
   * @throws CarrierException if the adapter failed otherwise (nothing is stored)
   */
  InboxReceipt receive(String carrierCode, WebhookRequest webhook) {
    Objects.requireNonNull(webhook, "webhook");
    CarrierAdapter adapter = adapter(Objects.requireNonNull(carrierCode, "carrierCode"));
    WebhookVerifier verifier = verifiers.get(carrierCode);
    return inbox.receive(
        source(carrierCode),
        request -> {
          VerifiedWebhook verified;
          if (verifier == null) {
            byte[] body = request.body();
            verified = new VerifiedWebhook(sha256(body), null, body);
          } else {
            try {
              verified = verifier.verify(request);
            } catch (WebhookVerificationException e) {
              throw new InvalidTrackingWebhookException(
                  carrierCode, "webhook signature rejected: " + e.getMessage(), e);
            }
          }
          parse(carrierCode, adapter, verified.body()); // reject what could never be applied
          return verified;
        },
        webhook);
  }

  /**
   * Processes up to {@code maxMessages} stored webhooks of the registered carriers.
   *
   * @return the number of messages claimed
   */
  int process(int maxMessages) {
    return inbox.process(maxMessages, this::apply);
  }

  /**
   * The synchronous convenience, the same path underneath: {@link #receive}, then {@link #process}
   * until this message has been processed (older stored messages go first). A redelivery of a
   * stored message is not processed again.
   *
   * @return the message's tracking updates; empty for a redelivery
   * @throws RuntimeException what applying the message threw, after the inbox recorded it
   */
  List<TrackingUpdate> handle(String carrierCode, WebhookRequest webhook) {
    InboxReceipt receipt = receive(carrierCode, webhook);
    if (receipt.isDuplicate()) {
      return List.of();
    }
    Outcome mine = new Outcome();
    while (!mine.done) {
      int claimed =
          inbox.process(
              HANDLE_BATCH,
              m -> {
                boolean ours =
                    m.source().equals(receipt.source()) && m.eventId().equals(receipt.eventId());
                try {
                  List<TrackingUpdate> updates = apply(m);
                  if (ours) {
                    mine.updates = updates;
                  }
                } catch (RuntimeException e) {
                  if (ours) {
                    mine.error = e;
                  }
                  throw e;
                } finally {
                  mine.done |= ours;
                }
              });
      if (claimed == 0) {
        break; // another processor holds it, or it waits for a retry
      }
    }
    if (mine.error != null) {
      throw mine.error;
    }
    return mine.updates;
  }

  private List<TrackingUpdate> apply(InboxMessage message) {
    String code = message.source().substring(SOURCE_PREFIX.length());
    CarrierAdapter adapter =
        setup
            .byCode(code)
            .orElseThrow(
                () ->
                    new PermanentFailureException(
                        "no carrier adapter is registered for carrier code '" + code + "'"))
            .adapter();
    return applier.apply(parse(code, adapter, message.body()));
  }

  private CarrierAdapter adapter(String carrierCode) {
    return setup
        .byCode(carrierCode)
        .orElseThrow(
            () ->
                new InvalidTrackingWebhookException(
                    carrierCode,
                    "no carrier adapter is registered for carrier code '" + carrierCode + "'",
                    null))
        .adapter();
  }

  /**
   * Parses a body with the adapter and checks every event, so that a payload is applied whole or
   * not at all. The adapter sees the stored body only (headers are for verification).
   */
  private static List<TrackingEvent> parse(
      String carrierCode, CarrierAdapter adapter, byte[] body) {
    List<TrackingEvent> events;
    try {
      events = adapter.parseTrackingWebhook(WebhookRequest.of(Map.of(), body));
    } catch (CarrierException e) {
      throw e;
    } catch (RuntimeException e) {
      throw RateShopper.adapterFailure(carrierCode, "parsing a tracking webhook", e);
    }
    if (events == null || events.stream().anyMatch(Objects::isNull)) {
      throw new CarrierException(
          carrierCode,
          "adapter '" + carrierCode + "' parsed a tracking webhook into a null list or event",
          null,
          null);
    }
    try {
      TrackingApplier.requireValid(events);
    } catch (CanonicalValidationException e) {
      throw new InvalidTrackingWebhookException(
          carrierCode, "webhook not applied: " + e.getMessage(), e);
    }
    for (TrackingEvent e : events) {
      if (!carrierCode.equals(e.carrier())) {
        throw new InvalidTrackingWebhookException(
            carrierCode,
            "adapter returned an event of carrier '"
                + e.carrier()
                + "' for tracking number "
                + e.trackingNumber(),
            null);
      }
    }
    return events;
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** What became of the message {@link #handle} stored. */
  private static final class Outcome {
    boolean done;
    List<TrackingUpdate> updates = List.of();
    RuntimeException error;
  }
}
