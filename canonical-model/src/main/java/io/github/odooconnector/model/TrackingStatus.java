package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Carrier-neutral status of a parcel, normalized from each carrier's own event codes (the raw code
 * is kept in {@link TrackingEvent#rawCode()}).
 *
 * <p><b>Terminal states and precedence.</b> Carriers deliver tracking events late, twice and out of
 * order (a webhook retry of an old "in transit" scan can arrive after "delivered"). The rules the
 * SDK applies, and that {@link #mayBeFollowedBy(TrackingStatus)} and {@link
 * TrackingEvent#supersedes(TrackingEvent)} implement, are:
 *
 * <ol>
 *   <li>{@link #DELIVERED}, {@link #RETURNED_TO_SENDER} and {@link #CANCELLED} are
 *       <em>terminal</em> ({@link #isTerminal()}): once a shipment is in one of them, no later
 *       event changes its status. A carrier correcting a delivery scan is an exception case for a
 *       human, not something to apply automatically.
 *   <li>{@link #UNKNOWN} never replaces a known status (it carries no information), but anything
 *       replaces it.
 *   <li>Among non-terminal statuses the most recent event (by {@link TrackingEvent#occurredAt()})
 *       wins: parcels legitimately go back from {@code delivery_failed} to {@code in_transit} and
 *       out for delivery again.
 *   <li>For events with the same timestamp, the higher {@link #precedence()} wins.
 *   <li>{@link #STALE} is a marker the SDK adds when a carrier has been silent too long; it carries
 *       the time of the last carrier event. It replaces that event (never a terminal one), and is
 *       itself replaced by any carrier event newer than the one it marks.
 * </ol>
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name. When reading JSON, a
 * status this version does not know is read as {@link #UNKNOWN} so that newer producers do not
 * break older consumers.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum TrackingStatus {
  /** Label created / shipment announced, carrier does not have the parcel yet. */
  @JsonProperty("pre_transit")
  PRE_TRANSIT(10, false),
  /** The carrier collected the parcel from the shipper (first scan). */
  @JsonProperty("picked_up")
  PICKED_UP(15, false),
  /** In the carrier's network. */
  @JsonProperty("in_transit")
  IN_TRANSIT(20, false),
  /** In the carrier's network but running late; see the event's {@link TrackingReason}. */
  @JsonProperty("delivery_delayed")
  DELIVERY_DELAYED(22, false),
  /** Held by the carrier (customs, address clarification, pickup point awaiting collection). */
  @JsonProperty("on_hold")
  ON_HOLD(25, false),
  /** On the vehicle for the final delivery. */
  @JsonProperty("out_for_delivery")
  OUT_FOR_DELIVERY(30, false),
  /** Waiting at a pickup point, locker or depot for the recipient to collect it. */
  @JsonProperty("ready_for_pickup")
  READY_FOR_PICKUP(35, false),
  /** A delivery attempt failed (recipient absent, access problem); usually retried. */
  @JsonProperty("delivery_failed")
  DELIVERY_FAILED(40, false),
  /** Something went wrong (damage, loss investigation, wrong address) and needs attention. */
  @JsonProperty("exception")
  EXCEPTION(45, false),
  /** Cancelled before the carrier took it over (label voided). Terminal. */
  @JsonProperty("cancelled")
  CANCELLED(80, true),
  /** Returned to the shipper. Terminal. */
  @JsonProperty("returned_to_sender")
  RETURNED_TO_SENDER(90, true),
  /** Delivered to the recipient or pickup point. Terminal. */
  @JsonProperty("delivered")
  DELIVERED(100, true),
  /**
   * Not a carrier status: the SDK found no carrier update for a configured time (the parcel may be
   * lost or the carrier's feed broken). Marks the last event, so any newer carrier event replaces
   * it and no older one does.
   */
  @JsonProperty("stale")
  STALE(5, false),
  /**
   * The carrier's code could not be mapped; see the raw code. Also the value for unknown JSON
   * strings.
   */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN(0, false);

  private final int precedence;
  private final boolean terminal;

  TrackingStatus(int precedence, boolean terminal) {
    this.precedence = precedence;
    this.terminal = terminal;
  }

  /**
   * Whether this status ends the shipment's tracking life cycle: delivered, returned to sender or
   * cancelled.
   *
   * @return true for terminal statuses
   */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * Tie-breaker for events with the same timestamp: higher wins. Terminal statuses rank above all
   * others, {@link #DELIVERED} highest, {@link #UNKNOWN} lowest.
   *
   * @return the precedence, 0 to 100
   */
  public int precedence() {
    return precedence;
  }

  /**
   * Returns whether a shipment currently in this status may move to {@code next} when a newer event
   * arrives. False when this status is terminal, or when {@code next} is {@link #UNKNOWN} and this
   * status is known.
   *
   * @param next the status of the newer event
   * @return true when the newer event's status should be applied
   */
  public boolean mayBeFollowedBy(TrackingStatus next) {
    Objects.requireNonNull(next, "next");
    if (terminal) {
      return false;
    }
    return next != UNKNOWN || this == UNKNOWN;
  }
}
