package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code search} (domains, active_test, ordering), {@code read}, {@code fields_get} and {@code
 * name_search}.
 */
final class Queries {
  private final Database db;

  Queries(Database db) {
    this.db = db;
  }

  // ------------------------------------------------------------------ ORM: search

  List<Long> search(String model, List<?> domain, long offset, Long limit, String order) {
    db.checkAccess(model, "read");
    ModelDef def = db.model(model);
    DomainEval eval = new DomainEval(db, model, domain == null ? List.of() : domain);
    boolean activeTest =
        def.fields.containsKey("active")
            && !Boolean.FALSE.equals(db.context().get("active_test"))
            && !eval.mentions("active");
    String effectiveOrder = order == null || order.isBlank() ? def.order : order;
    boolean idOrder = isIdAscending(effectiveOrder);
    // Rows are kept in id order: for id-ordered searches, start at the domain's id bounds and stop
    // once offset + limit rows matched, so keyset pages cost O(page), not O(table).
    long stopAfter = idOrder && limit != null ? offset + limit : Long.MAX_VALUE;
    List<Long> out = new ArrayList<>();
    Set<Long> companies = CompanyRules.allowedFor(db, model);
    for (Map<String, Object> row : idRange(db.table(model), domain).values()) {
      if (activeTest && Boolean.FALSE.equals(row.get("active"))) {
        continue;
      }
      if (!CompanyRules.visible(db, model, companies, row)) {
        continue; // multi-company record rule
      }
      if (eval.matches(row)) {
        out.add((Long) row.get("id"));
        if (out.size() >= stopAfter) {
          break;
        }
      }
    }
    if (!idOrder) {
      sort(model, out, effectiveOrder);
    }
    int from = (int) Math.min(offset, out.size());
    int to = limit == null ? out.size() : (int) Math.min(out.size(), from + limit);
    return new ArrayList<>(out.subList(from, to));
  }

  private static boolean isIdAscending(String order) {
    String o = order.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return o.equals("id") || o.equals("id asc");
  }

  /**
   * The rows that can match: the whole table, or the id range a conjunctive domain restricts to
   * ({@code id >, >=, <, <=, =} terms joined only by {@code &}). The domain is still evaluated on
   * every row returned.
   */
  private static NavigableMap<Long, Map<String, Object>> idRange(
      TreeMap<Long, Map<String, Object>> table, List<?> domain) {
    if (domain == null || domain.isEmpty()) {
      return table;
    }
    long lo = Long.MIN_VALUE;
    long hi = Long.MAX_VALUE;
    for (Object token : domain) {
      if ("&".equals(token)) {
        continue;
      }
      if (!(token instanceof List<?> term)) {
        return table; // "|" or "!": not a pure conjunction
      }
      if (term.size() != 3 || !"id".equals(term.get(0))) {
        continue;
      }
      if (!(term.get(2) instanceof Number n) || n instanceof Double || n instanceof Float) {
        continue;
      }
      long v = n.longValue();
      switch (String.valueOf(term.get(1))) {
        case ">" -> lo = Math.max(lo, v == Long.MAX_VALUE ? v : v + 1);
        case ">=" -> lo = Math.max(lo, v);
        case "<" -> hi = Math.min(hi, v == Long.MIN_VALUE ? v : v - 1);
        case "<=" -> hi = Math.min(hi, v);
        case "=" -> {
          lo = Math.max(lo, v);
          hi = Math.min(hi, v);
        }
        default -> {
          // other operators do not bound the range
        }
      }
    }
    if (lo > hi) {
      return Collections.emptyNavigableMap();
    }
    return table.subMap(lo, true, hi, true);
  }

  private void sort(String model, List<Long> ids, String order) {
    Comparator<Long> cmp = null;
    for (String part : order.split(",")) {
      String[] bits = part.trim().split("\\s+");
      if (bits[0].isEmpty()) {
        continue;
      }
      String field = bits[0];
      boolean desc = bits.length > 1 && bits[1].equalsIgnoreCase("desc");
      FieldDef f = db.model(model).field(field);
      if (f == null) {
        throw OdooError.builtin(
            "ValueError", "Invalid field '" + field + "' on model '" + model + "'");
      }
      Comparator<Long> c =
          Comparator.comparing(id -> sortKey(model, id, f), Database::compareValues);
      if (desc) {
        c = c.reversed();
      }
      cmp = cmp == null ? c : cmp.thenComparing(c);
    }
    if (cmp != null) {
      ids.sort(cmp.thenComparing(Comparator.naturalOrder()));
    }
  }

  private Object sortKey(String model, long id, FieldDef f) {
    Object v = db.get(model, id, f.name());
    if (f.many2one() && v instanceof Long l) {
      return db.displayName(f.relation(), l);
    }
    return v instanceof Collection<?> ? null : v;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
      return ca.compareTo(b);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  // ------------------------------------------------------------------ ORM: read

  List<Map<String, Object>> read(String model, List<Long> ids, List<String> fields) {
    db.checkAccess(model, "read");
    ModelDef def = db.model(model);
    List<String> names =
        fields == null || fields.isEmpty() ? new ArrayList<>(def.fields.keySet()) : fields;
    for (String n : names) {
      if (!def.fields.containsKey(n)) {
        throw OdooError.builtin("ValueError", "Invalid field '" + n + "' on model '" + model + "'");
      }
    }
    CompanyRules.check(db, model, ids, "read");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(ids)) {
      if (db.exists(model, id)) {
        out.add(readOne(model, id, names));
      }
    }
    return out;
  }

  Map<String, Object> readOne(String model, long id, List<String> names) {
    ModelDef def = db.modelOrNull(model);
    Map<String, Object> row = db.row(model, id);
    Map<String, Object> rec = new LinkedHashMap<>();
    rec.put("id", id);
    for (String n : names) {
      if (!"id".equals(n)) {
        rec.put(n, db.external(def.field(n), db.get(model, row, n)));
      }
    }
    return rec;
  }

  // ------------------------------------------------------------------ fields_get, name_search,
  // read_group

  Map<String, Object> fieldsGet(String model, List<String> allfields, List<String> attributes) {
    db.checkAccess(model, "read");
    ModelDef def = db.model(model);
    Map<String, Object> out = new LinkedHashMap<>();
    for (FieldDef f : def.fields.values()) {
      if (allfields != null && !allfields.isEmpty() && !allfields.contains(f.name())) {
        continue;
      }
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("type", f.type());
      all.put("string", f.string());
      all.put("required", f.required());
      all.put("readonly", f.readonly());
      all.put("store", f.stored() || f.many2one() || "many2many".equals(f.type()));
      all.put("searchable", true);
      all.put("sortable", f.stored());
      if (f.relation() != null) {
        all.put("relation", f.relation());
      }
      if ("one2many".equals(f.type())) {
        all.put("relation_field", f.inverse());
      }
      if ("selection".equals(f.type())) {
        all.put("selection", f.selection());
      }
      if (f.digits() != null) {
        all.put("digits", f.digits().isEmpty() ? (Object) 0L : f.digits());
      }
      all.put("help", false);
      if (attributes != null && !attributes.isEmpty()) {
        all.keySet().retainAll(Set.copyOf(attributes));
      } else {
        all.remove("help");
      }
      out.put(f.name(), all);
    }
    return out;
  }

  List<Object> nameSearch(String model, String name, List<?> domain, String operator, Long limit) {
    List<Object> full = new ArrayList<>();
    full.add("&");
    full.add(List.of("display_name", operator, name == null ? "" : name));
    if (domain == null || domain.isEmpty()) {
      full.remove(0);
    } else {
      full.addAll(domain);
    }
    List<Long> ids = search(model, full, 0, limit == null ? 100L : limit, null);
    List<Object> out = new ArrayList<>();
    for (long id : ids) {
      out.add(List.of(id, db.displayName(model, id)));
    }
    return out;
  }
}
