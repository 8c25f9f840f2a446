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
    String ownerModel) {

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

  FieldDef withRequired(boolean r) {
    return new FieldDef(
        name, type, string, r, readonly, relation, inverse, selection, stored, ownerModel);
  }

  FieldDef computed() {
    return new FieldDef(
        name, type, string, required, true, relation, inverse, selection, false, ownerModel);
  }

  FieldDef owner(String model) {
    return new FieldDef(
        name, type, string, required, readonly, relation, inverse, selection, stored, model);
  }
}
