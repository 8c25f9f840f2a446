package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The physical dimension of a {@link UnitOfMeasure}. Quantities convert freely within a dimension
 * and never across dimensions.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum UnitDimension {
  /** Counted items (pieces, pairs, dozens). */
  @JsonProperty("count")
  COUNT,
  /** Mass (weight). */
  @JsonProperty("mass")
  MASS,
  /** Length. */
  @JsonProperty("length")
  LENGTH,
  /** Volume. */
  @JsonProperty("volume")
  VOLUME,
  /** Area (floor space, sheet material). */
  @JsonProperty("area")
  AREA,
  /** Time (services, labour, storage billed per day). */
  @JsonProperty("time")
  TIME,
  /**
   * Packaging units (box, case, pallet, ...). Their content differs per product, so they convert
   * only to themselves; a product-specific packaging rule has to be applied by the caller.
   */
  @JsonProperty("package")
  PACKAGE
}
