package io.github.odooconnector.carrier.api;

import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of handing one tracking event to the workflow.
 *
 * <p>Immutable and thread-safe.
 *
 * @param event the event
 * @param outcome what was done with it
 * @param pickingId the picking the tracking number belongs to, {@code null} when {@link
 *     TrackingOutcome#UNMATCHED}
 * @param currentStatus the parcel's status after handling the event
 */
public record TrackingUpdate(
    TrackingEvent event, TrackingOutcome outcome, Long pickingId, TrackingStatus currentStatus) {

  /**
   * Validates the components.
   *
   * @param event event
   * @param outcome outcome
   * @param pickingId picking id, or {@code null}
   * @param currentStatus status after the event
   */
  public TrackingUpdate {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(currentStatus, "currentStatus");
  }

  /**
   * The picking the tracking number belongs to.
   *
   * @return the {@code stock.picking} id, empty when {@link TrackingOutcome#UNMATCHED}
   */
  public Optional<Long> optionalPickingId() {
    return Optional.ofNullable(pickingId);
  }
}
