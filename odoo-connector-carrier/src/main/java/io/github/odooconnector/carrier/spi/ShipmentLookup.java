package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.util.Objects;
import java.util.Optional;

/**
 * The carrier's answer to "did you create a shipment under this idempotency key?", used to settle a
 * label purchase whose outcome is unknown: {@link Outcome#FOUND} completes it, {@link
 * Outcome#NOT_FOUND} (a definite "no") makes a new purchase safe, {@link Outcome#UNKNOWN} leaves it
 * to a person.
 *
 * <p>Immutable and thread-safe. Create with {@link #found}, {@link #notFound()} or {@link
 * #unknown}.
 *
 * @param outcome the answer
 * @param shipment the shipment when found, else {@code null}
 * @param detail what the carrier said, for the audit trail (never blank)
 */
public record ShipmentLookup(Outcome outcome, CarrierShipment shipment, String detail) {

  /** The kinds of answer. */
  public enum Outcome {
    /** The carrier has the shipment: the purchase happened. */
    FOUND,
    /** The carrier definitely has no shipment under the key: the purchase did not happen. */
    NOT_FOUND,
    /** The carrier cannot tell (no search by reference, or the search failed). */
    UNKNOWN
  }

  /**
   * Validates the components.
   *
   * @param outcome the answer
   * @param shipment the shipment, present exactly when found
   * @param detail what the carrier said
   */
  public ShipmentLookup {
    Objects.requireNonNull(outcome, "outcome");
    detail = requireText(detail, "detail");
    if ((outcome == Outcome.FOUND) != (shipment != null)) {
      throw new IllegalArgumentException("a shipment is given exactly when the outcome is FOUND");
    }
  }

  /**
   * The carrier has the shipment.
   *
   * @param shipment the shipment
   * @return the answer
   */
  public static ShipmentLookup found(CarrierShipment shipment) {
    Objects.requireNonNull(shipment, "shipment");
    return new ShipmentLookup(
        Outcome.FOUND, shipment, "found shipment " + shipment.shipmentId() + " at the carrier");
  }

  /**
   * The carrier definitely has no shipment under the key.
   *
   * @return the answer
   */
  public static ShipmentLookup notFound() {
    return new ShipmentLookup(
        Outcome.NOT_FOUND, null, "the carrier has no shipment under this key");
  }

  /**
   * The carrier cannot tell.
   *
   * @param detail why, for the audit trail
   * @return the answer
   */
  public static ShipmentLookup unknown(String detail) {
    return new ShipmentLookup(Outcome.UNKNOWN, null, detail);
  }

  /**
   * The shipment, when found.
   *
   * @return the shipment
   */
  public Optional<CarrierShipment> optionalShipment() {
    return Optional.ofNullable(shipment);
  }
}
