package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Dangerous goods a parcel may contain that parcel carriers accept under conditions. Dry ice is
 * declared with its weight ({@link ShipmentOptions#dryIceWeight()}).
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum DangerousGoods {
  /** Lithium-ion batteries (UN3480/UN3481), for example contained in equipment. */
  @JsonProperty("lithium_ion_batteries")
  LITHIUM_ION_BATTERIES,
  /** Lithium-metal batteries (UN3090/UN3091). */
  @JsonProperty("lithium_metal_batteries")
  LITHIUM_METAL_BATTERIES
}
