package io.github.odooconnector.carrier.api;

/**
 * What the tracking workflow did with one event.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum TrackingOutcome {
  /** The event is the parcel's new current status and was applied to Odoo. */
  APPLIED,
  /** The same event was seen before; nothing was done. */
  DUPLICATE,
  /**
   * The event is older than the applied one, or the parcel is already in a terminal status (a late
   * {@code in_transit} after {@code delivered}); nothing was written to Odoo.
   */
  STALE,
  /**
   * No picking carries the tracking number (yet); nothing was done and nothing remembered, so it
   * can be retried.
   */
  UNMATCHED
}
