package io.github.odooconnector.core.api;

import java.util.Objects;

/**
 * A many2one reference as Odoo returns it: {@code [id, "display name"]}. Immutable and thread-safe.
 *
 * @param id the referenced record id (positive)
 * @param displayName the display name Odoo computed for the record (may be empty)
 */
public record Many2one(long id, String displayName) {

  /**
   * Validates the components.
   *
   * @param id positive record id
   * @param displayName display name, not null
   */
  public Many2one {
    Objects.requireNonNull(displayName, "displayName");
    if (id <= 0) {
      throw new IllegalArgumentException("many2one id must be positive, got " + id);
    }
  }
}
