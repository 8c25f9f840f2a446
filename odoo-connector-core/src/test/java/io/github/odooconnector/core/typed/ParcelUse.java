package io.github.odooconnector.core.typed;

import io.github.odooconnector.core.api.typed.OdooSelection;

/** A generated-style selection enum. */
enum ParcelUse implements OdooSelection {
  DISPOSABLE("disposable"),
  REUSABLE("reusable"),
  UNKNOWN(null);

  private final String value;

  ParcelUse(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    if (value == null) {
      throw new IllegalStateException("UNKNOWN has no Odoo key");
    }
    return value;
  }

  @Override
  public boolean isUnknown() {
    return value == null;
  }
}
