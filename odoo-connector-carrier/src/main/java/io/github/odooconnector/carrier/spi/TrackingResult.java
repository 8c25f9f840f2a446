package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tracking history of one parcel as reported by the carrier.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trackingNumber the tracking number
 * @param status the carrier's current normalised status
 * @param events the events, in the order the carrier returned them (workflows sort and deduplicate)
 * @param estimatedDelivery the carrier's current delivery estimate, or {@code null} when it gave
 *     none
 */
public record TrackingResult(
    String trackingNumber,
    TrackingStatus status,
    List<TrackingEvent> events,
    LocalDate estimatedDelivery) {

  /**
   * Validates and copies the components.
   *
   * @param trackingNumber tracking number
   * @param status current status
   * @param events events
   * @param estimatedDelivery delivery estimate, or {@code null}
   */
  public TrackingResult {
    trackingNumber = requireText(trackingNumber, "trackingNumber");
    Objects.requireNonNull(status, "status");
    events = List.copyOf(events);
  }

  /**
   * The carrier's current delivery estimate.
   *
   * @return the date, empty when the carrier gave none
   */
  public Optional<LocalDate> optionalEstimatedDelivery() {
    return Optional.ofNullable(estimatedDelivery);
  }
}
