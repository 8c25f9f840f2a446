package io.github.odooconnector.supplier.internal;

import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.supplier.api.SupplierWorkflowException;
import java.util.Locale;
import java.util.Map;

/** Odoo's standard unit of measure names (uom module data) to canonical units. */
final class OdooUnits {
  private static final Map<String, UnitOfMeasure> BY_NAME =
      Map.ofEntries(
          Map.entry("units", UnitOfMeasure.EA),
          Map.entry("unit", UnitOfMeasure.EA),
          Map.entry("dozens", UnitOfMeasure.DZN),
          Map.entry("kg", UnitOfMeasure.KGM),
          Map.entry("g", UnitOfMeasure.GRM),
          Map.entry("t", UnitOfMeasure.TNE),
          Map.entry("lb", UnitOfMeasure.LBR),
          Map.entry("oz", UnitOfMeasure.ONZ),
          Map.entry("l", UnitOfMeasure.LTR),
          Map.entry("m", UnitOfMeasure.MTR),
          Map.entry("cm", UnitOfMeasure.CMT),
          Map.entry("mm", UnitOfMeasure.MMT));

  private OdooUnits() {}

  static UnitOfMeasure of(String odooName, String where) {
    UnitOfMeasure u = odooName == null ? null : BY_NAME.get(odooName.toLowerCase(Locale.ROOT));
    if (u == null) {
      throw new SupplierWorkflowException(
          where + ": Odoo unit of measure '" + odooName + "' has no canonical unit");
    }
    return u;
  }
}
