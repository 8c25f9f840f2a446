package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who must sign for a delivery.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SignatureType {
  /** Anyone at the address. */
  @JsonProperty("standard")
  STANDARD,
  /** An adult showing identification. */
  @JsonProperty("adult")
  ADULT
}
