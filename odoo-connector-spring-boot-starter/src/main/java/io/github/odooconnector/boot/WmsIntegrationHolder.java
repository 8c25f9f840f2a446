package io.github.odooconnector.boot;

import io.github.odooconnector.wms.api.WmsIntegration;
import java.util.Objects;

/**
 * The metered view of the application's {@link WmsIntegration} that the starter's jobs run (a
 * separate bean, so the application's own bean stays as it defined it).
 *
 * <p>Immutable and thread-safe.
 *
 * @param wms the metered integration
 */
public record WmsIntegrationHolder(WmsIntegration wms) {
  /**
   * Validates the component.
   *
   * @param wms see the record description
   */
  public WmsIntegrationHolder {
    Objects.requireNonNull(wms, "wms");
  }
}
