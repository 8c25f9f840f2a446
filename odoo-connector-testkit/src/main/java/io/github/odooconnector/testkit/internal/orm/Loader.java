package io.github.odooconnector.testkit.internal.orm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Odoo's import method {@code load(fields, data)} as {@code odoo/orm/models.py} (17-19) answers it:
 * a matrix of strings, one column per field path; {@code id} is the row's external id (created, or
 * the record it names is updated), {@code .id} a database id to update, {@code field/id} and {@code
 * field/.id} reference a many2one by external or database id, a plain many2one column is matched by
 * display name. Cells are converted like {@code ir.fields.converter} (empty = false, booleans
 * {@code 1/true/yes} and {@code 0/false/no}, integers, numbers, {@code yyyy-MM-dd} dates, {@code
 * yyyy-MM-dd HH:mm:ss} datetimes, selections by value or label). The answer is {@code {ids,
 * messages, nextrow}}; if any message is an error nothing stays written and {@code ids} is {@code
 * false}. Messages carry {@code type}, {@code message}, {@code record} (the row index), {@code
 * rows} ({@code from}/{@code to}) and {@code field}. One2many/many2many columns are not supported
 * by the fake (an error message says so). Runs inside the caller's transaction; not thread-safe.
 */
final class Loader {

  private static final Set<String> TRUES = Set.of("1", "true", "yes");
  private static final Set<String> FALSES = Set.of("", "0", "false", "no");
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Database db;

  Loader(Database db) {
    this.db = db;
  }

  Map<String, Object> load(String model, List<String> fields, List<?> data) {
    ModelDef def = db.model(model);
    for (String f : fields) {
      String head = f.contains("/") ? f.substring(0, f.indexOf('/')) : f;
      if (!head.equals("id") && !head.equals(".id") && def.field(head) == null) {
        throw OdooError.builtin(
            "ValueError", "Invalid field '" + head + "' on model '" + model + "'");
      }
    }
    Map<String, Ref> xmlIds = externalIds();
    List<Map<String, Object>> messages = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    int savepoint = db.savepoint();
    for (int row = 0; row < data.size(); row++) {
      if (!(data.get(row) instanceof List<?> cells) || cells.size() != fields.size()) {
        throw OdooError.builtin(
            "ValueError", "row " + row + " does not have " + fields.size() + " cells");
      }
      Map<String, Object> vals = new LinkedHashMap<>();
      String xmlId = null;
      Long dbId = null;
      for (int c = 0; c < fields.size(); c++) {
        String f = fields.get(c);
        String cell = cells.get(c) == null ? "" : String.valueOf(cells.get(c));
        if (f.equals("id")) {
          xmlId = cell.isEmpty() ? null : cell.contains(".") ? cell : "__import__." + cell;
          continue;
        }
        if (f.equals(".id")) {
          if (!cell.isEmpty()) {
            dbId = parseLong(cell);
            if (dbId == null || !db.exists(model, dbId)) {
              messages.add(
                  message("error", row, ".id", "Unknown database identifier '" + cell + "'"));
              dbId = null;
            }
          }
          continue;
        }
        String name = f.contains("/") ? f.substring(0, f.indexOf('/')) : f;
        String sub = f.contains("/") ? f.substring(f.indexOf('/') + 1) : "";
        FieldDef field = def.field(name);
        if (cell.isEmpty()) {
          vals.put(name, false);
          continue;
        }
        if (field.type().equals("boolean")
            && sub.isEmpty()
            && !TRUES.contains(cell.toLowerCase(Locale.ROOT))
            && !FALSES.contains(cell.toLowerCase(Locale.ROOT))) {
          // Odoo reads an unknown boolean text as true and warns
          vals.put(name, true);
          messages.add(
              message(
                  "warning",
                  row,
                  name,
                  "Unknown value '" + cell + "' for boolean field '" + field.string() + "'"));
          continue;
        }
        try {
          vals.put(name, convert(field, sub, cell, xmlIds));
        } catch (IllegalArgumentException e) {
          messages.add(
              message("error", row, name, e.getMessage().replace("%(field)s", field.string())));
        }
      }
      if (hasError(messages)) {
        continue;
      }
      Long target = dbId != null ? dbId : xmlId == null ? null : resolve(xmlIds, xmlId, model);
      if (target != null && !db.exists(model, target)) {
        target = null; // the external id's record was deleted: Odoo creates a new one
      }
      int beforeRow = db.savepoint();
      try {
        if (target != null) {
          db.write(model, List.of(target), vals);
        } else {
          target = db.create(model, List.of(vals)).get(0);
          if (xmlId != null) {
            db.setXmlId(xmlId, model, target);
            xmlIds.put(xmlId, new Ref(model, target));
          }
        }
        ids.add(target);
      } catch (OdooError e) {
        db.rollbackTo(beforeRow);
        messages.add(message("error", row, null, e.getMessage()));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (hasError(messages)) {
      db.rollbackTo(savepoint);
      out.put("ids", false);
    } else {
      out.put("ids", ids);
    }
    out.put("messages", messages);
    out.put("nextrow", 0L);
    return out;
  }

  private Object convert(FieldDef field, String sub, String cell, Map<String, Ref> xmlIds) {
    String type = field.type();
    if (type.equals("many2one")) {
      if (sub.equals("id")) {
        Long id =
            resolve(xmlIds, cell.contains(".") ? cell : "__import__." + cell, field.relation());
        if (id == null) {
          throw new IllegalArgumentException(
              "No matching record found for external id '" + cell + "' in field '%(field)s'");
        }
        return id;
      }
      if (sub.equals(".id")) {
        Long id = parseLong(cell);
        if (id == null || !db.exists(field.relation(), id)) {
          throw new IllegalArgumentException(
              "No matching record found for database id '" + cell + "' in field '%(field)s'");
        }
        return id;
      }
      List<Object> found = db.nameSearch(field.relation(), cell, List.of(), "=", 1L);
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "No matching record found for name '" + cell + "' in field '%(field)s'");
      }
      return ((List<?>) found.get(0)).get(0);
    }
    if (!sub.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + sub + "' is not a sub-field of field '%(field)s' the fake can import");
    }
    switch (type) {
      case "char", "text", "html" -> {
        return cell;
      }
      case "boolean" -> {
        String v = cell.toLowerCase(Locale.ROOT);
        if (TRUES.contains(v)) {
          return true;
        }
        if (FALSES.contains(v)) {
          return false;
        }
        throw new IllegalArgumentException(
            "Unknown value '" + cell + "' for boolean field '%(field)s'");
      }
      case "integer" -> {
        Long v = parseLong(cell.trim());
        if (v == null) {
          throw new IllegalArgumentException(
              "'" + cell + "' does not seem to be an integer for field '%(field)s'");
        }
        return v;
      }
      case "float", "monetary" -> {
        try {
          return Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "'" + cell + "' does not seem to be a number for field '%(field)s'");
        }
      }
      case "date" -> {
        try {
          return LocalDate.parse(cell.trim()).toString();
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "'" + cell + "' does not seem to be a valid date for field '%(field)s'");
        }
      }
      case "datetime" -> {
        try {
          return LocalDateTime.parse(cell.trim(), DATETIME).format(DATETIME);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "'" + cell + "' does not seem to be a valid datetime for field '%(field)s'");
        }
      }
      case "selection" -> {
        if (field.selection() != null) {
          for (List<String> option : field.selection()) {
            if (option.get(0).equalsIgnoreCase(cell)
                || (option.size() > 1 && option.get(1).equalsIgnoreCase(cell))) {
              return option.get(0);
            }
          }
        }
        throw new IllegalArgumentException(
            "Value '" + cell + "' not found in selection field '%(field)s'");
      }
      default ->
          throw new IllegalArgumentException(
              "the fake cannot import " + type + " field '%(field)s'");
    }
  }

  private static Long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean hasError(List<Map<String, Object>> messages) {
    for (Map<String, Object> m : messages) {
      if ("error".equals(m.get("type"))) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Object> message(String type, int row, String field, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", Map.of("from", (long) row, "to", (long) row));
    m.put("type", type);
    m.put("record", (long) row);
    if (field != null) {
      m.put("field", field);
    }
    m.put("message", text);
    return m;
  }

  /** Every external id {@code module.name} to its model and record id, read once per call. */
  private Map<String, Ref> externalIds() {
    Map<String, Ref> out = new HashMap<>();
    for (Map<String, Object> r : db.table("ir.model.data").values()) {
      if (r.get("res_id") instanceof Number id) {
        out.put(
            r.get("module") + "." + r.get("name"),
            new Ref(String.valueOf(r.get("model")), id.longValue()));
      }
    }
    return out;
  }

  /** What an external id points to. */
  private record Ref(String model, long id) {}

  /** The record of {@code model} the external id names, or null. */
  private static Long resolve(Map<String, Ref> xmlIds, String xmlId, String model) {
    Ref r = xmlIds.get(xmlId);
    return r != null && r.model().equals(model) ? r.id() : null;
  }
}
