package io.github.odooconnector.boot;

import io.github.odooconnector.carrier.api.ShippingIntegration;
import java.util.Objects;

/**
 * The metered view of the application's {@link ShippingIntegration} that the starter's jobs run.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipping the metered integration
 */
public record ShippingIntegrationHolder(ShippingIntegration shipping) {
  /**
   * Validates the component.
   *
   * @param shipping see the record description
   */
  public ShippingIntegrationHolder {
    Objects.requireNonNull(shipping, "shipping");
  }
}
