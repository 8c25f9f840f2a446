package io.github.odooconnector.wms.spi;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a WMS adapter can do beyond the mandatory operations (release an order, translate inbound
 * messages). Workflows check it before calling an optional operation, so an adapter without a
 * feature fails fast with a clear message instead of at run time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param features the optional features supported
 * @param maxInventoryPageSize the largest page {@link
 *     WmsAdapter#fetchInventory(InventoryPageRequest)} accepts (at least 1)
 */
public record WmsCapabilities(Set<WmsFeature> features, int maxInventoryPageSize) {

  /**
   * Validates and copies.
   *
   * @param features the optional features supported
   * @param maxInventoryPageSize the largest inventory page, at least 1
   */
  public WmsCapabilities {
    Objects.requireNonNull(features, "features");
    features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    if (maxInventoryPageSize < 1) {
      throw new IllegalArgumentException(
          "maxInventoryPageSize must be >= 1, got " + maxInventoryPageSize);
    }
  }

  /**
   * Capabilities with the given features and a page size of 500.
   *
   * @param features the optional features
   * @return the descriptor
   */
  public static WmsCapabilities of(WmsFeature... features) {
    return new WmsCapabilities(Set.of(features), 500);
  }

  /**
   * Whether a feature is supported.
   *
   * @param feature the feature
   * @return true when supported
   */
  public boolean supports(WmsFeature feature) {
    return features.contains(Objects.requireNonNull(feature, "feature"));
  }
}
