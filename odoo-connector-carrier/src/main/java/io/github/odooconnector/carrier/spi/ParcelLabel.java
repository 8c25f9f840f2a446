package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.util.Objects;

/**
 * The tracking number and label of one parcel of a created shipment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trackingNumber the carrier's tracking number for the parcel
 * @param label the label to stick on the parcel
 */
public record ParcelLabel(String trackingNumber, LabelDocument label) {

  /**
   * Validates the components.
   *
   * @param trackingNumber tracking number; not blank, no comma (Odoo stores several
   *     comma-separated)
   * @param label the label
   */
  public ParcelLabel {
    trackingNumber = requireText(trackingNumber, "trackingNumber").strip();
    if (trackingNumber.indexOf(',') >= 0) {
      throw new IllegalArgumentException("trackingNumber must not contain ',': " + trackingNumber);
    }
    Objects.requireNonNull(label, "label");
  }
}
