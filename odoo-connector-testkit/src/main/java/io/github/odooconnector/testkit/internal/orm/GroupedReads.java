package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code read_group}: grouping, aggregates ({@code id:count}, {@code f:sum|avg|min|max|count}) and
 * the group order real Odoo gives.
 */
final class GroupedReads {
  private final Database db;

  GroupedReads(Database db) {
    this.db = db;
  }

  List<Map<String, Object>> readGroup(
      String model,
      List<?> domain,
      List<String> fields,
      List<String> groupby,
      long offset,
      Long limit,
      String orderby,
      boolean lazy) {
    return readGroup(model, domain, fields, groupby, offset, limit, orderby, lazy, false);
  }

  private List<Map<String, Object>> readGroup(
      String model,
      List<?> domain,
      List<String> fields,
      List<String> groupby,
      long offset,
      Long limit,
      String orderby,
      boolean lazy,
      boolean keepExtraDomain) {
    ModelDef def = db.model(model);
    if (groupby == null || groupby.isEmpty()) {
      throw OdooError.builtin("ValueError", "read_group requires a groupby");
    }
    List<String> groups = lazy ? List.of(groupby.get(0)) : groupby;
    List<Long> ids = db.search(model, domain, 0, null, null);
    Map<List<Object>, List<Long>> buckets = new LinkedHashMap<>();
    for (long id : ids) {
      List<Object> key = new ArrayList<>();
      for (String g : groups) {
        String fname = g.contains(":") ? g.substring(0, g.indexOf(':')) : g;
        FieldDef f = db.fieldForWrite(def, fname);
        Object v = db.get(model, id, fname);
        if (v != null
            && g.contains(":")
            && ("date".equals(f.type()) || "datetime".equals(f.type()))) {
          v = String.valueOf(v).substring(0, 7);
        }
        key.add(v);
      }
      buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (var e : buckets.entrySet()) {
      Map<String, Object> row = new LinkedHashMap<>();
      List<Object> subDomain = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        String g = groups.get(i);
        String fname = g.contains(":") ? g.substring(0, g.indexOf(':')) : g;
        FieldDef f = def.field(fname);
        Object v = e.getKey().get(i);
        row.put(g, f.many2one() ? db.external(f, v) : (v == null ? false : v));
        subDomain.add(List.of(fname, "=", v == null ? false : v));
      }
      row.put(lazy ? groups.get(0) + "_count" : "__count", (long) e.getValue().size());
      for (String spec : fields == null ? List.<String>of() : fields) {
        aggregate(model, def, spec, groups, e.getValue(), row);
      }
      // read_group's __domain selects the group's records: the filter AND the group's condition
      row.put("__extra_domain", subDomain);
      List<Object> full = new ArrayList<>();
      if (domain != null && !domain.isEmpty()) {
        full.add("&");
        full.addAll(domain);
      }
      full.addAll(subDomain);
      row.put("__domain", full);
      out.add(row);
    }
    out.sort(groupOrder(model, def, orderby == null || orderby.isBlank() ? null : orderby, groups));
    if (!keepExtraDomain) {
      out.forEach(r -> r.remove("__extra_domain"));
    }
    int from = (int) Math.min(offset, out.size());
    int to = limit == null ? out.size() : (int) Math.min(out.size(), from + limit);
    return new ArrayList<>(out.subList(from, to));
  }

  /**
   * Odoo 19's {@code formatted_read_group}: every group level at once, the aggregates keyed by
   * their spec ({@code "amount:sum"}, {@code "__count"}), the group's condition in {@code
   * __extra_domain}.
   */
  List<Map<String, Object>> formattedReadGroup(
      String model,
      List<?> domain,
      List<String> groupby,
      List<String> aggregates,
      long offset,
      Long limit,
      String order) {
    List<String> fieldSpecs = new ArrayList<>();
    for (String a : aggregates) {
      if (!"__count".equals(a)) {
        fieldSpecs.add(a);
      }
    }
    List<Map<String, Object>> rows =
        readGroup(model, domain, fieldSpecs, groupby, offset, limit, order, false, true);
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Map<String, Object> row : rows) {
      Map<String, Object> f = new LinkedHashMap<>();
      for (String g : groupby) {
        f.put(g, row.get(g));
      }
      f.put("__extra_domain", row.get("__extra_domain"));
      for (String a : aggregates) {
        if ("__count".equals(a)) {
          f.put("__count", row.get("__count"));
        } else {
          String fname = a.contains(":") ? a.substring(0, a.indexOf(':')) : a;
          f.put(a, row.getOrDefault(fname, 0L));
        }
      }
      out.add(f);
    }
    return out;
  }

  /**
   * One aggregate of a group: {@code "id:count"} and {@code "f:count"} count the records (Odoo puts
   * the count under the field name), {@code f:sum|avg|min|max} aggregate a numeric field, a bare
   * numeric field is summed; grouping fields and other fields are left out as Odoo does.
   */
  private void aggregate(
      String model,
      ModelDef def,
      String spec,
      List<String> groups,
      List<Long> ids,
      Map<String, Object> row) {
    int colon = spec.indexOf(':');
    String fname = colon < 0 ? spec : spec.substring(0, colon);
    String agg = colon < 0 ? null : spec.substring(colon + 1);
    FieldDef f = def.field(fname);
    if (f == null || groups.contains(fname) || groups.contains(spec)) {
      return;
    }
    if ("count".equals(agg) || "count_distinct".equals(agg)) {
      Set<Object> distinct = new LinkedHashSet<>();
      long n = 0;
      for (long id : ids) {
        Object v = "id".equals(fname) ? (Object) id : db.get(model, id, fname);
        if (v != null) {
          n++;
          distinct.add(v);
        }
      }
      row.put(fname, "count".equals(agg) ? n : (long) distinct.size());
      return;
    }
    if (!f.numeric() || "id".equals(fname)) {
      return;
    }
    List<Double> values = new ArrayList<>();
    for (long id : ids) {
      Object v = db.get(model, id, fname);
      values.add(v instanceof Number n ? n.doubleValue() : 0.0);
    }
    double result =
        switch (agg == null ? "sum" : agg) {
          case "avg" -> values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
          case "min" -> values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
          case "max" -> values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
          default -> values.stream().mapToDouble(Double::doubleValue).sum();
        };
    row.put(fname, "integer".equals(f.type()) ? (Object) (long) result : (Object) result);
  }

  /**
   * Odoo orders groups by {@code orderby}, by default by the grouping fields, ascending: booleans
   * false first, many2one by the related record's name, empty values last (PostgreSQL's {@code
   * NULLS LAST}).
   */
  private Comparator<Map<String, Object>> groupOrder(
      String model, ModelDef def, String orderby, List<String> groups) {
    List<String> parts = new ArrayList<>();
    if (orderby == null) {
      parts.addAll(groups);
    } else {
      for (String p : orderby.split(",")) {
        if (!p.isBlank()) {
          parts.add(p.trim());
        }
      }
    }
    Comparator<Map<String, Object>> cmp = (a, b) -> 0;
    for (String part : parts) {
      String[] bits = part.split("\\s+");
      String key = bits[0];
      boolean desc = bits.length > 1 && bits[1].equalsIgnoreCase("desc");
      Comparator<Map<String, Object>> c =
          (a, b) -> compareGroupValues(groupSortValue(a.get(key)), groupSortValue(b.get(key)));
      cmp = cmp.thenComparing(desc ? c.reversed() : c);
    }
    return cmp;
  }

  private static Object groupSortValue(Object v) {
    if (v instanceof List<?> pair && pair.size() == 2) {
      return String.valueOf(pair.get(1)); // many2one [id, name]: by name
    }
    return v;
  }

  private static int compareGroupValues(Object a, Object b) {
    boolean aEmpty = a == null || Boolean.FALSE.equals(a) && !(b instanceof Boolean);
    boolean bEmpty = b == null || Boolean.FALSE.equals(b) && !(a instanceof Boolean);
    if (aEmpty || bEmpty) {
      return aEmpty == bEmpty ? 0 : aEmpty ? 1 : -1;
    }
    return Queries.compareValues(a, b);
  }
}
