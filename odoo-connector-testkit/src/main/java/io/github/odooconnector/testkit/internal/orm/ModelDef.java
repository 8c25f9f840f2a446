package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A model definition: fields, defaults, computed fields and access rules. Built once by {@link
 * Schema}.
 */
public final class ModelDef {

  /** What the restricted demo user may do on a model. */
  public enum DemoAccess {
    /** Read, create, write, delete. */
    FULL,
    /** Read only. */
    READ,
    /** Nothing. */
    NONE
  }

  final String name;
  final String description;
  String recName = "name";
  String order = "id";
  DemoAccess demoAccess = DemoAccess.READ;
  String adminGroup17 = "Administration/Settings";
  String adminGroup19 = "Role / Administrator";
  String writeGroup = "Inventory/Administrator";
  final Map<String, FieldDef> fields = new LinkedHashMap<>();
  final Map<String, Function<Database, Object>> defaults = new HashMap<>();
  final Map<String, BiFunction<Database, Map<String, Object>, Object>> computes = new HashMap<>();
  private String last;

  ModelDef(String name, String description) {
    this.name = name;
    this.description = description;
    add(new FieldDef("id", "integer", "ID", false, true, null, null, List.of(), true, name, null));
    add(
        new FieldDef(
            "display_name",
            "char",
            "Display Name",
            false,
            true,
            null,
            null,
            List.of(),
            false,
            name,
            null));
    add(
        new FieldDef(
            "create_date",
            "datetime",
            "Created on",
            false,
            true,
            null,
            null,
            List.of(),
            true,
            name,
            null));
    add(
        new FieldDef(
            "create_uid",
            "many2one",
            "Created by",
            false,
            true,
            "res.users",
            null,
            List.of(),
            true,
            name,
            null));
    add(
        new FieldDef(
            "write_date",
            "datetime",
            "Last Updated on",
            false,
            true,
            null,
            null,
            List.of(),
            true,
            name,
            null));
    add(
        new FieldDef(
            "write_uid",
            "many2one",
            "Last Updated by",
            false,
            true,
            "res.users",
            null,
            List.of(),
            true,
            name,
            null));
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public Map<String, FieldDef> fields() {
    return fields;
  }

  public FieldDef field(String f) {
    return fields.get(f);
  }

  private ModelDef add(FieldDef f) {
    fields.put(f.name(), f);
    last = f.name();
    return this;
  }

  ModelDef simple(String type, String fname, String label) {
    return add(
        new FieldDef(fname, type, label, false, false, null, null, List.of(), true, name, null));
  }

  ModelDef chr(String f, String label) {
    return simple("char", f, label);
  }

  ModelDef text(String f, String label) {
    return simple("text", f, label);
  }

  ModelDef html(String f, String label) {
    return simple("html", f, label);
  }

  ModelDef integer(String f, String label) {
    return simple("integer", f, label);
  }

  ModelDef flt(String f, String label) {
    return simple("float", f, label);
  }

  ModelDef monetary(String f, String label) {
    return simple("monetary", f, label);
  }

  ModelDef bool(String f, String label) {
    return simple("boolean", f, label);
  }

  ModelDef date(String f, String label) {
    return simple("date", f, label);
  }

  ModelDef datetime(String f, String label) {
    return simple("datetime", f, label);
  }

  ModelDef binary(String f, String label) {
    return simple("binary", f, label);
  }

  ModelDef sel(String f, String label, String... keysAndLabels) {
    List<List<String>> sel = new ArrayList<>();
    for (int i = 0; i + 1 < keysAndLabels.length; i += 2) {
      sel.add(Arrays.asList(keysAndLabels[i], keysAndLabels[i + 1]));
    }
    return add(
        new FieldDef(
            f, "selection", label, false, false, null, null, List.copyOf(sel), true, name, null));
  }

  ModelDef m2o(String f, String label, String relation) {
    return add(
        new FieldDef(
            f, "many2one", label, false, false, relation, null, List.of(), true, name, null));
  }

  ModelDef o2m(String f, String label, String relation, String inverse) {
    return add(
        new FieldDef(
            f, "one2many", label, false, false, relation, inverse, List.of(), false, name, null));
  }

  ModelDef m2m(String f, String label, String relation) {
    return add(
        new FieldDef(
            f, "many2many", label, false, false, relation, null, List.of(), true, name, null));
  }

  /** Float precision of the last field ({@code digits=(precision, scale)}). */
  ModelDef digits(int precision, int scale) {
    fields.put(last, fields.get(last).withDigits(List.of(precision, scale)));
    return this;
  }

  ModelDef required() {
    fields.put(last, fields.get(last).withRequired(true));
    return this;
  }

  ModelDef owner(String ownerModel) {
    fields.put(last, fields.get(last).owner(ownerModel));
    return this;
  }

  ModelDef def(Object value) {
    defaults.put(last, db -> value);
    return this;
  }

  ModelDef def(Function<Database, Object> value) {
    defaults.put(last, value);
    return this;
  }

  ModelDef compute(BiFunction<Database, Map<String, Object>, Object> fn) {
    fields.put(last, fields.get(last).computed());
    computes.put(last, fn);
    return this;
  }

  ModelDef recName(String f) {
    this.recName = f;
    return this;
  }

  ModelDef demo(DemoAccess access) {
    this.demoAccess = access;
    return this;
  }

  ModelDef writeGroup(String group) {
    this.writeGroup = group;
    return this;
  }

  ModelDef order(String o) {
    this.order = o;
    return this;
  }
}
