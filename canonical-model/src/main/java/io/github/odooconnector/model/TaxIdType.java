package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of a trade or tax identifier on customs paperwork.
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum TaxIdType {
  /** EU/UK Economic Operators Registration and Identification number. */
  @JsonProperty("eori")
  EORI,
  /** EU Import One-Stop-Shop number (low-value B2C imports, VAT collected at sale). */
  @JsonProperty("ioss")
  IOSS,
  /** A VAT registration number. */
  @JsonProperty("vat")
  VAT,
  /** US Employer Identification Number. */
  @JsonProperty("ein")
  EIN,
  /** Any other identifier the destination asks for. */
  @JsonProperty("other")
  OTHER
}
