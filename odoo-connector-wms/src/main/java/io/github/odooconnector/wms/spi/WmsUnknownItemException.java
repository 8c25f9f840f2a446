package io.github.odooconnector.wms.spi;

import io.github.odooconnector.model.Sku;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The WMS refused a request because it does not know one or more of its products (they are not in
 * its item master yet). Thrown by {@link WmsAdapter#releaseOrder} and {@link
 * WmsAdapter#sendAdvanceShipNotice}; the workflows answer it by pushing the named items with {@link
 * WmsAdapter#upsertItem} and trying once more. Not retryable as such: retrying without pushing the
 * items fails the same way.
 *
 * <p>Immutable and thread-safe.
 */
public class WmsUnknownItemException extends WmsRejectedException {

  private static final long serialVersionUID = 1L;

  /** The unknown SKUs' values (an array, so the exception stays serializable). */
  private final String[] skus;

  /**
   * Creates the exception.
   *
   * @param message what went wrong (no secrets)
   * @param skus the SKUs the WMS does not know; empty when it did not say which
   */
  public WmsUnknownItemException(String message, List<Sku> skus) {
    super(message);
    this.skus =
        Objects.requireNonNull(skus, "skus").stream().map(Sku::value).toArray(String[]::new);
  }

  /**
   * The SKUs the WMS does not know.
   *
   * @return the SKUs; empty when the WMS did not say which (then every product of the request is
   *     pushed)
   */
  public List<Sku> skus() {
    return Arrays.stream(skus).map(Sku::new).toList();
  }
}
