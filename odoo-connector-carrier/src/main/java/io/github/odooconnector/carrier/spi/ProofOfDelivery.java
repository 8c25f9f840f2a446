package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who received a parcel and the carrier's evidence (signature image, doorstep photo, delivery
 * receipt), attached in Odoo when the parcel is delivered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trackingNumber the parcel
 * @param signedBy the name of the person who signed, or {@code null}
 * @param deliveredAt when it was delivered, or {@code null} when the carrier did not say
 * @param documents the evidence, possibly empty
 */
public record ProofOfDelivery(
    String trackingNumber, String signedBy, Instant deliveredAt, List<ShippingDocument> documents) {

  /**
   * Validates and copies the components.
   *
   * @param trackingNumber tracking number
   * @param signedBy signer, or {@code null}
   * @param deliveredAt delivery time, or {@code null}
   * @param documents evidence
   */
  public ProofOfDelivery {
    trackingNumber = requireText(trackingNumber, "trackingNumber");
    documents = List.copyOf(documents);
  }

  /**
   * The name of the person who signed.
   *
   * @return the name, empty when nobody signed or the carrier did not say
   */
  public Optional<String> optionalSignedBy() {
    return Optional.ofNullable(signedBy);
  }

  /**
   * When the parcel was delivered.
   *
   * @return the time, empty when the carrier did not say
   */
  public Optional<Instant> optionalDeliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }
}
