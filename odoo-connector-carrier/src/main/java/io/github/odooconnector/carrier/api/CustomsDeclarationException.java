package io.github.odooconnector.carrier.api;

import java.util.List;

/**
 * A cross-border picking cannot be declared to customs as it stands in Odoo (a product without HS
 * code, a line without value, ...); nothing was bought. Each problem names the product and the Odoo
 * field to fill in.
 *
 * <p>Immutable and thread-safe.
 */
public class CustomsDeclarationException extends ShippingWorkflowException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier the label was to be bought from, or {@code null}
   * @param pickingName the picking, for the message
   * @param problems every problem found, at least one
   */
  public CustomsDeclarationException(
      String carrierCode, String pickingName, List<String> problems) {
    super(
        carrierCode,
        "stock.picking "
            + pickingName
            + " cannot be declared to customs; nothing was bought: "
            + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return an immutable list
   */
  public List<String> problems() {
    return problems;
  }
}
