package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooRecord;

/**
 * Implemented by the records generated for Odoo models. Generated records are immutable; they are
 * thread-safe as long as nobody mutates a {@code byte[]} component.
 */
public interface TypedRecord {

  /**
   * The record id.
   *
   * @return the id, positive
   */
  long id();

  /**
   * The record exactly as Odoo sent it, under the connected version's wire names: what the typed
   * components do not interpret (the key behind an {@code UNKNOWN} selection value, for example).
   *
   * @return the raw record
   */
  OdooRecord source();
}
