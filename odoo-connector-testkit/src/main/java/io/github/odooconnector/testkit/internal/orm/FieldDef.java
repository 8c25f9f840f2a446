package io.github.odooconnector.testkit.internal.orm;

import java.util.List;

/**
 * A field definition as reported by {@code fields_get}.
 *
 * @param name technical name
 * @param type Odoo field type
 * @param string label
 * @param required whether required
 * @param readonly whether read-only for RPC writes (computed fields)
 * @param relation comodel for relational fields, else null
 * @param inverse inverse many2one for one2many, else null
 * @param selection allowed values (key, label) for selection fields
 * @param stored whether stored (not computed)
 * @param ownerModel model that owns the column (for delegated fields and messages)
 * @param digits float precision as {@code fields_get} reports it: null for none, an empty list for
 *     Odoo's {@code digits=0} (no rounding), or {@code [precision, scale]}; stored values are
 *     rounded half-up to {@code scale} decimals on create and write, as Odoo does
 */
public record FieldDef(
    String name,
    String type,
    String string,
    boolean required,
    boolean readonly,
    String relation,
    String inverse,
    List<List<String>> selection,
    boolean stored,
    String ownerModel,
    List<Integer> digits) {

  public boolean relational() {
    return relation != null;
  }

  public boolean x2many() {
    return "one2many".equals(type) || "many2many".equals(type);
  }

  public boolean many2one() {
    return "many2one".equals(type);
  }

  public boolean numeric() {
    return "integer".equals(type) || "float".equals(type) || "monetary".equals(type);
  }

  /**
   * @return the number of decimals stored values are rounded to, or -1 for no rounding
   */
  public int scale() {
    return digits != null && digits.size() == 2 ? digits.get(1) : -1;
  }

  FieldDef withRequired(boolean r) {
    return new FieldDef(
        name, type, string, r, readonly, relation, inverse, selection, stored, ownerModel, digits);
  }

  FieldDef computed() {
    return new FieldDef(
        name,
        type,
        string,
        required,
        true,
        relation,
        inverse,
        selection,
        false,
        ownerModel,
        digits);
  }

  FieldDef owner(String model) {
    return new FieldDef(
        name, type, string, required, readonly, relation, inverse, selection, stored, model,
        digits);
  }

  FieldDef withDigits(List<Integer> d) {
    return new FieldDef(
        name,
        type,
        string,
        required,
        readonly,
        relation,
        inverse,
        selection,
        stored,
        ownerModel,
        d);
  }
}
