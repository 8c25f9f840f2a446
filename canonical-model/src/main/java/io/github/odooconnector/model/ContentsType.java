package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a cross-border parcel contains, as customs forms (CN22/CN23, commercial invoice) ask.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ContentsType {
  /** Goods sold to the recipient. */
  @JsonProperty("merchandise")
  MERCHANDISE,
  /** A gift. */
  @JsonProperty("gift")
  GIFT,
  /** Documents without commercial value. */
  @JsonProperty("documents")
  DOCUMENTS,
  /** A commercial sample. */
  @JsonProperty("sample")
  SAMPLE,
  /** Goods coming back to the seller. */
  @JsonProperty("returned_goods")
  RETURNED_GOODS,
  /** Goods sent for or back from repair. */
  @JsonProperty("repair")
  REPAIR,
  /** Anything else; explain it in {@link CustomsDeclaration#contentsExplanation()}. */
  @JsonProperty("other")
  OTHER
}
