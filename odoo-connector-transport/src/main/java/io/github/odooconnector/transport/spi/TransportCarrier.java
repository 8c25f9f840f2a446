package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

/**
 * A freight carrier as the TMS names it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scac the carrier's Standard Carrier Alpha Code (or the TMS's carrier code), for example
 *     {@code ODFL}
 * @param name the carrier's name, for example {@code Old Dominion Freight Line}
 */
public record TransportCarrier(String scac, String name) {

  /**
   * Checks the components.
   *
   * @param scac see the record description
   * @param name see the record description
   */
  public TransportCarrier {
    requireText(scac, "scac");
    requireText(name, "name");
  }
}
