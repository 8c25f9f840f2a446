package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.CarrierException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link ShippingIntegrationBuilder#build()} found that the configuration does not match the class
 * path or Odoo: a {@code delivery.carrier} id or name Odoo does not have, an adapter type no {@code
 * CarrierAdapterProvider} on the class path provides (or settings it rejects), two adapters with
 * one carrier code, a webhook verifier for a carrier without adapter, a shipper without address, a
 * delivered-date field {@code stock.picking} does not have. Every problem found is listed at once,
 * each naming the offending setting or value. Permanent until the configuration (or Odoo) is fixed.
 *
 * <p>Immutable and thread-safe.
 */
public class ShippingConfigurationException extends CarrierException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems what is wrong, one sentence each; at least one
   */
  public ShippingConfigurationException(List<String> problems) {
    super(null, message(problems), null, null);
    this.problems = List.copyOf(problems);
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    if (problems.size() == 1) {
      return "shipping configuration: " + problems.get(0);
    }
    return "shipping configuration has "
        + problems.size()
        + " problems: "
        + problems.stream().collect(Collectors.joining("; "));
  }

  /**
   * The problems found, in the order they were found.
   *
   * @return an immutable, non-empty list
   */
  public List<String> problems() {
    return problems;
  }
}
