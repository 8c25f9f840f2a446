package io.github.odooconnector.adaptertesting;

import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The far side of a {@link CarrierAdapter} under test, as {@link CarrierAdapterContract} drives it:
 * the adapter itself, how many labels the carrier really sold, the faults the suite needs (a lost
 * response, a request that never arrived, an outage, a refusal) and the carrier's tracking
 * webhooks. An adapter author implements it over whatever stands in for the carrier in tests: a
 * loopback HTTP server, the carrier's sandbox or an in-memory simulator.
 *
 * <p>Fault methods return {@code false} when the far side cannot produce the fault; the tests that
 * need it are then skipped (reported as aborted by JUnit), never passed. A harness serves one test
 * and is {@linkplain #close() closed} after it.
 *
 * <p>Implementations need not be thread-safe: the suite calls them from the test thread only.
 */
public interface CarrierAdapterHarness extends AutoCloseable {

  /**
   * One tracking event as the carrier puts it into a webhook, in the carrier's own terms.
   *
   * <p>Immutable and thread-safe.
   *
   * @param trackingNumber the parcel
   * @param rawCode the carrier's status code
   * @param occurredAt when it happened at the carrier
   */
  record WebhookEvent(String trackingNumber, String rawCode, Instant occurredAt) {

    /**
     * Validates.
     *
     * @param trackingNumber the parcel
     * @param rawCode the carrier's code
     * @param occurredAt when it happened
     */
    public WebhookEvent {
      Objects.requireNonNull(trackingNumber, "trackingNumber");
      Objects.requireNonNull(rawCode, "rawCode");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The adapter under test, connected to this far side. The same instance for the whole test.
   *
   * @return the adapter
   */
  CarrierAdapter adapter();

  /**
   * How many labels the carrier has actually sold (billed) so far in this test.
   *
   * @return the number of purchases the carrier carried out
   */
  int labelsPurchased();

  /**
   * Makes the carrier carry out the next label purchase but lose its response.
   *
   * @return false when this far side cannot lose a response
   */
  boolean loseNextCreateResponse();

  /**
   * Makes the next label purchase never reach the carrier while the adapter cannot tell it from a
   * lost response (the connection breaks while sending).
   *
   * @return false when this far side cannot drop a request
   */
  boolean dropNextCreateRequest();

  /**
   * Makes the next request of any kind fail transiently before the carrier does anything (HTTP 503,
   * maintenance window).
   *
   * @return false when this far side cannot fail a request
   */
  boolean failNextRequest();

  /**
   * Makes the carrier refuse the next label purchase permanently (a validation error).
   *
   * @return false when this far side cannot refuse on demand
   */
  boolean rejectNextCreate();

  /**
   * The carrier's raw code for a canonical status, for building webhooks.
   *
   * @param status a status; the suite asks for {@code PICKED_UP}, {@code IN_TRANSIT} and {@code
   *     DELIVERED}
   * @return the carrier's raw code the adapter maps to that status
   */
  String rawCode(TrackingStatus status);

  /**
   * The tracking webhook the carrier would send for the events, in the order given, as the webhook
   * endpoint receives it (headers and raw body; signature verification happens before the adapter
   * is called and is not part of this suite).
   *
   * @param events the events
   * @return the request
   */
  WebhookRequest trackingWebhook(List<WebhookEvent> events);

  /**
   * A credential the adapter uses that must never appear in exception messages or {@code
   * toString()}.
   *
   * @return the secret; empty when the adapter has none
   */
  Optional<String> secret();

  /** Releases what the harness holds (servers, connections); does nothing by default. */
  @Override
  default void close() {}
}
