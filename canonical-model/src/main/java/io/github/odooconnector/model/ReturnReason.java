package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a customer returns goods.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ReturnReason {
  /** Arrived damaged. */
  @JsonProperty("damaged")
  DAMAGED,
  /** Does not work. */
  @JsonProperty("defective")
  DEFECTIVE,
  /** Not what was ordered. */
  @JsonProperty("wrong_item")
  WRONG_ITEM,
  /** Does not match the description. */
  @JsonProperty("not_as_described")
  NOT_AS_DESCRIBED,
  /** Customer changed their mind. */
  @JsonProperty("no_longer_needed")
  NO_LONGER_NEEDED,
  /** Returned by the carrier as undeliverable. */
  @JsonProperty("undeliverable")
  UNDELIVERABLE,
  /** Any other reason; see the line note. */
  @JsonProperty("other")
  OTHER
}
