package io.github.odooconnector.transport.spi;

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
    Checks.requireText(scac, "scac");
    Checks.requireText(name, "name");
  }
}
