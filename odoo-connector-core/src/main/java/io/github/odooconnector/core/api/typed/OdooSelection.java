package io.github.odooconnector.core.api.typed;

/**
 * Implemented by the enums generated for selection fields. Every such enum has one constant per
 * selection key known at generation time plus an {@code UNKNOWN} constant that stands for a key
 * added to Odoo later; the raw key stays readable through {@link
 * SelectionField#rawValue(TypedRecord)}. Enum constants are immutable and thread-safe.
 */
public interface OdooSelection {

  /**
   * The selection key Odoo stores, for example {@code "sale"}.
   *
   * @return the key
   * @throws IllegalStateException for the {@code UNKNOWN} constant, which has no key
   */
  String value();

  /**
   * Tells whether this is the {@code UNKNOWN} constant.
   *
   * @return {@code true} for {@code UNKNOWN}
   */
  boolean isUnknown();
}
