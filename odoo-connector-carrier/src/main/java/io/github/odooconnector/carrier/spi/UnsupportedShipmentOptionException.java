package io.github.odooconnector.carrier.spi;

import io.github.odooconnector.model.ShipmentOption;
import java.util.Objects;

/**
 * A shipment asks for an option the carrier does not declare in {@link
 * CarrierCapabilities#supportedOptions()}. Raised by the workflows before anything is bought.
 * Permanent.
 *
 * <p>Immutable and thread-safe.
 */
public class UnsupportedShipmentOptionException extends UnsupportedCarrierOperationException {

  private static final long serialVersionUID = 1L;

  private final ShipmentOption option;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier code
   * @param carrierName the carrier's display name, for the message
   * @param option the option it does not support
   */
  public UnsupportedShipmentOptionException(
      String carrierCode, String carrierName, ShipmentOption option) {
    super(
        carrierCode,
        "shipment option " + Objects.requireNonNull(option, "option"),
        "carrier "
            + carrierName
            + " ('"
            + carrierCode
            + "') does not support shipment option "
            + option
            + "; nothing was bought");
    this.option = option;
  }

  /**
   * The option the carrier does not support.
   *
   * @return the option
   */
  public ShipmentOption option() {
    return option;
  }
}
