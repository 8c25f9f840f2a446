package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who pays the import duties and taxes of a cross-border shipment.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum DutiesPayer {
  /** The shipper (the seller), as with {@link Incoterm#DDP}. */
  @JsonProperty("sender")
  SENDER,
  /** The recipient, as with {@link Incoterm#DAP}. */
  @JsonProperty("recipient")
  RECIPIENT,
  /** A third party with an account at the carrier. */
  @JsonProperty("third_party")
  THIRD_PARTY
}
