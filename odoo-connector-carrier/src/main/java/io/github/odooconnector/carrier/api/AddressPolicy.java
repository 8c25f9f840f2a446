package io.github.odooconnector.carrier.api;

/**
 * What to do when the carrier finds the ship-to address undeliverable before a label purchase (only
 * for carriers that declare address validation).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum AddressPolicy {
  /**
   * Refuse the purchase with an {@link AddressValidationException} naming the carrier's remarks; a
   * chatter note records them.
   */
  BLOCK,
  /** Buy anyway; a chatter note records the carrier's remarks. */
  WARN,
  /**
   * Apply the carrier's suggested correction to the customer's address in Odoo (recorded in a
   * chatter note, old and new) and buy with it; refuse like {@link #BLOCK} when the carrier
   * suggests none.
   */
  CORRECT
}
