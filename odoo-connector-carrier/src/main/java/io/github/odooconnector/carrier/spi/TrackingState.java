package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.TrackingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the tracking workflow has applied to Odoo for one parcel: the last applied event (its status
 * is the parcel's current status) and the keys of recently seen events, used to recognise
 * redeliveries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrierCode the carrier
 * @param trackingNumber the tracking number
 * @param lastApplied the event whose status is the parcel's current status
 * @param recentEventKeys keys ({@link #eventKey(TrackingEvent)}) of the most recent events seen,
 *     newest last, at most {@link #MAX_RECENT_KEYS}
 * @param version optimistic-locking version, incremented by every successful {@link
 *     TrackingStateStore#compareAndSet}
 */
public record TrackingState(
    String carrierCode,
    String trackingNumber,
    TrackingEvent lastApplied,
    List<String> recentEventKeys,
    long version) {

  /** How many event keys are remembered per tracking number. */
  public static final int MAX_RECENT_KEYS = 64;

  /**
   * Validates and copies the components.
   *
   * @param carrierCode carrier code
   * @param trackingNumber tracking number
   * @param lastApplied last applied event
   * @param recentEventKeys recent event keys
   * @param version version
   */
  public TrackingState {
    carrierCode = requireText(carrierCode, "carrierCode");
    trackingNumber = requireText(trackingNumber, "trackingNumber");
    Objects.requireNonNull(lastApplied, "lastApplied");
    recentEventKeys = List.copyOf(recentEventKeys);
    if (recentEventKeys.size() > MAX_RECENT_KEYS) {
      recentEventKeys =
          recentEventKeys.subList(recentEventKeys.size() - MAX_RECENT_KEYS, recentEventKeys.size());
    }
  }

  /**
   * A stable key identifying an event for duplicate detection: status, raw code and time of
   * occurrence.
   *
   * @param event the event
   * @return the key
   */
  public static String eventKey(TrackingEvent event) {
    return event.status().name()
        + '|'
        + Objects.toString(event.rawCode(), "")
        + '|'
        + event.occurredAt();
  }

  /**
   * Whether an event with the same key was seen recently.
   *
   * @param event the event
   * @return true for a recognised redelivery
   */
  public boolean hasSeen(TrackingEvent event) {
    return recentEventKeys.contains(eventKey(event));
  }

  /**
   * The state after seeing an event, optionally applying it.
   *
   * @param event the event seen
   * @param applied whether the event became the current one
   * @return the next state, with the version incremented
   */
  public TrackingState next(TrackingEvent event, boolean applied) {
    List<String> keys = new ArrayList<>(recentEventKeys);
    String key = eventKey(event);
    keys.remove(key);
    keys.add(key);
    return new TrackingState(
        carrierCode, trackingNumber, applied ? event : lastApplied, keys, version + 1);
  }

  /**
   * The initial state for a parcel's first applied event.
   *
   * @param carrierCode the carrier
   * @param event the first applied event
   * @return a state with version 1
   */
  public static TrackingState first(String carrierCode, TrackingEvent event) {
    return new TrackingState(
        carrierCode, event.trackingNumber(), event, List.of(eventKey(event)), 1);
  }
}
