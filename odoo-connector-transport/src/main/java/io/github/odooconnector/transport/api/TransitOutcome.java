package io.github.odooconnector.transport.api;

import io.github.odooconnector.transport.spi.TransitUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying an in-transit update did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the Odoo picking's id
 * @param picking the picking's name
 * @param update the update applied
 * @param scheduledDate the new scheduled date written to the picking, or null (no ETA, or the
 *     picking is done or cancelled)
 * @param delayActivityId the {@code mail.activity} raised for a delay, or null
 * @param changes what was written, one readable line each
 */
public record TransitOutcome(
    long pickingId,
    String picking,
    TransitUpdate update,
    Instant scheduledDate,
    Long delayActivityId,
    List<String> changes) {

  /**
   * Checks and copies the components.
   *
   * @param pickingId see the record description
   * @param picking see the record description
   * @param update see the record description
   * @param scheduledDate see the record description
   * @param delayActivityId see the record description
   * @param changes see the record description
   */
  public TransitOutcome {
    Objects.requireNonNull(picking, "picking");
    Objects.requireNonNull(update, "update");
    changes = List.copyOf(changes);
  }

  /**
   * The scheduled date written, if any.
   *
   * @return the instant
   */
  public Optional<Instant> optionalScheduledDate() {
    return Optional.ofNullable(scheduledDate);
  }

  /**
   * The delay activity, if one was raised.
   *
   * @return the {@code mail.activity} id
   */
  public Optional<Long> optionalDelayActivityId() {
    return Optional.ofNullable(delayActivityId);
  }
}
