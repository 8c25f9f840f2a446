package io.github.odooconnector.carrier.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A label purchase whose outcome is unknown and not settled yet: the request went to a carrier that
 * cannot deduplicate, the answer was lost, and its idempotency key stays blocked until the
 * reconciler or a person ({@link ShippingIntegration#resolveBlockedPurchase}) settles it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the {@code stock.picking} the purchase was for
 * @param pickingName the picking's name (for example {@code WH/OUT/00012})
 * @param carrierCode the carrier the label was bought from
 * @param idempotencyKey the blocked purchase's key (what to pass to {@link
 *     ShippingIntegration#resolveBlockedPurchase})
 * @param since when the unknown outcome was reported on the picking, or {@code null} if the chatter
 *     note is gone
 * @param failure the original failure, as the carrier adapter reported it
 */
public record BlockedPurchase(
    long pickingId,
    String pickingName,
    String carrierCode,
    String idempotencyKey,
    Instant since,
    String failure) {

  /**
   * Validates the components.
   *
   * @param pickingId picking id
   * @param pickingName picking name
   * @param carrierCode carrier
   * @param idempotencyKey blocked key
   * @param since when reported, or {@code null}
   * @param failure the original failure
   */
  public BlockedPurchase {
    Objects.requireNonNull(pickingName, "pickingName");
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * When the unknown outcome was reported on the picking.
   *
   * @return the time of the chatter note, empty if it is gone
   */
  public Optional<Instant> optionalSince() {
    return Optional.ofNullable(since);
  }
}
