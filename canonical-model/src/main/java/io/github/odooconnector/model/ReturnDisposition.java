package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What happens to returned goods once the warehouse has looked at them: back on the shelf, held for
 * inspection, or written off. A {@link ReturnLine} without disposition is {@link #RESTOCK} (the
 * form used before dispositions existed). The integration maps each disposition to an Odoo location
 * (for example quarantine to {@code WH/Quarantine}).
 *
 * <p>The JSON form of each constant is its stable lower_snake_case name given by
 * {@code @JsonProperty}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ReturnDisposition {
  /** Sellable again: back into stock. */
  @JsonProperty("restock")
  RESTOCK,
  /** Held back for inspection, repair or a decision: not sellable for now. */
  @JsonProperty("quarantine")
  QUARANTINE,
  /** Written off: destroyed or not worth keeping. */
  @JsonProperty("scrap")
  SCRAP
}
