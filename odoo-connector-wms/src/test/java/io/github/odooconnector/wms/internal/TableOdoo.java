package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.ApiKeys;
import io.github.odooconnector.core.api.Attachments;
import io.github.odooconnector.core.api.CallOptions;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.Reports;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A minimal table-backed {@link OdooClient} for unit tests of the workflows: rows are maps,
 * many2one values are {@code [id, name]}, domains support {@code &}, {@code =}, {@code !=}, {@code
 * in}, {@code not in}; dotted leaves (like {@code location_id.usage}) are ignored. Every write,
 * create and method call is recorded.
 */
final class TableOdoo implements OdooClient {

  final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
  final List<String> log = new ArrayList<>();
  final Map<String, BiFunction<List<?>, Context, Object>> methods = new LinkedHashMap<>();
  private final Context context;
  private final TableOdoo root;
  private long nextId = 1000;

  TableOdoo() {
    this.context = Context.empty();
    this.root = this;
  }

  private TableOdoo(TableOdoo root, Context context) {
    this.root = root;
    this.context = context;
  }

  Map<String, Object> insert(String model, Map<String, Object> row) {
    Map<String, Object> copy = new LinkedHashMap<>(row);
    root.tables.computeIfAbsent(model, m -> new ArrayList<>()).add(copy);
    return copy;
  }

  Map<String, Object> row(String model, long id) {
    return root.tables.getOrDefault(model, List.of()).stream()
        .filter(r -> ((Number) r.get("id")).longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  static List<Object> m2o(long id, String name) {
    return List.of(id, name);
  }

  @Override
  public long create(String model, Map<String, ?> values) {
    long id = root.nextId++;
    Map<String, Object> row = new LinkedHashMap<>(values);
    row.put("id", id);
    insert(model, row);
    root.log.add("create " + model + " " + values + " ctx=" + context.asMap());
    return id;
  }

  @Override
  public List<Long> create(String model, List<? extends Map<String, ?>> valuesList) {
    return valuesList.stream().map(v -> create(model, v)).toList();
  }

  @Override
  public List<Long> search(String model, Domain domain) {
    return search(model, domain, SearchOptions.defaults());
  }

  @Override
  public List<Long> search(String model, Domain domain, SearchOptions options) {
    return matching(model, domain, options).stream()
        .map(r -> ((Number) r.get("id")).longValue())
        .toList();
  }

  private List<Map<String, Object>> matching(String model, Domain domain, SearchOptions options) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : root.tables.getOrDefault(model, List.of())) {
      if (matches(r, domain.toList())) {
        out.add(r);
      }
    }
    int limit = options.limit().orElse(Integer.MAX_VALUE);
    return out.subList(0, Math.min(limit, out.size()));
  }

  private static boolean matches(Map<String, Object> row, List<Object> prefix) {
    for (Object term : prefix) {
      if (term instanceof List<?> leaf) {
        String field = (String) leaf.get(0);
        if (field.contains(".")) {
          continue;
        }
        Object actual = row.get(field);
        if (actual instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Number n) {
          actual = n.longValue();
        }
        if (actual instanceof Number n && !(actual instanceof Double)) {
          actual = n.longValue();
        }
        String op = (String) leaf.get(1);
        Object expected = leaf.get(2);
        if (expected instanceof Number n && !(expected instanceof Double)) {
          expected = n.longValue();
        }
        Object a = norm(actual);
        Object x = expected;
        boolean ok =
            switch (op) {
              case "=" -> Objects.equals(a, norm(x));
              case "!=" -> !Objects.equals(a, norm(x));
              case "in" -> ((Collection<?>) x).stream().anyMatch(e -> Objects.equals(a, norm(e)));
              case "not in" ->
                  ((Collection<?>) x).stream().noneMatch(e -> Objects.equals(a, norm(e)));
              default -> throw new IllegalArgumentException("unsupported operator " + op);
            };
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }

  private static Object norm(Object v) {
    if (v == null) {
      return Boolean.FALSE;
    }
    if (v instanceof Number n && !(v instanceof Double)) {
      return n.longValue();
    }
    return v;
  }

  @Override
  public List<OdooRecord> searchRead(
      String model, Domain domain, List<String> fields, SearchOptions options) {
    return matching(model, domain, options).stream().map(OdooRecord::of).toList();
  }

  @Override
  public Stream<OdooRecord> streamSearchRead(
      String model, Domain domain, List<String> fields, int pageSize) {
    return searchRead(model, domain, fields, SearchOptions.defaults()).stream();
  }

  @Override
  public List<OdooRecord> read(String model, Collection<Long> ids, List<String> fields) {
    List<OdooRecord> out = new ArrayList<>();
    for (Long id : ids) {
      root.tables.getOrDefault(model, List.of()).stream()
          .filter(r -> ((Number) r.get("id")).longValue() == id)
          .findFirst()
          .ifPresent(r -> out.add(OdooRecord.of(r)));
    }
    return out;
  }

  @Override
  public long searchCount(String model, Domain domain) {
    return search(model, domain).size();
  }

  @Override
  public boolean write(String model, Collection<Long> ids, Map<String, ?> values) {
    for (Long id : ids) {
      row(model, id).putAll(values);
    }
    root.log.add("write " + model + " " + ids + " " + values + " ctx=" + context.asMap());
    return true;
  }

  @Override
  public boolean unlink(String model, Collection<Long> ids) {
    throw new UnsupportedOperationException();
  }

  /** What {@code fields_get} answers: by default stock.picking has the char field x_wms_ref. */
  final Map<String, Map<String, FieldInfo>> fields =
      new LinkedHashMap<>(Map.of("stock.picking", Map.of("x_wms_ref", charField("x_wms_ref"))));

  static FieldInfo charField(String name) {
    return new FieldInfo(name, "char", name, false, false, Optional.empty(), Map.of());
  }

  @Override
  public Map<String, FieldInfo> fieldsGet(String model) {
    return root.fields.getOrDefault(model, Map.of());
  }

  @Override
  public List<Many2one> nameSearch(String model, String name, Domain domain, int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Map<String, Object>> readGroup(
      String model,
      Domain domain,
      List<String> fields,
      List<String> groupBy,
      SearchOptions options) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object call(String model, String method, List<?> args, Map<String, ?> kwargs) {
    root.log.add("call " + model + "." + method + " " + args + " ctx=" + context.asMap());
    BiFunction<List<?>, Context, Object> m = root.methods.get(model + "." + method);
    if (m == null) {
      throw new UnsupportedOperationException(model + "." + method);
    }
    return m.apply(args, context);
  }

  @Override
  public Object call(
      String model, String method, List<?> args, Map<String, ?> kwargs, CallOptions options) {
    return call(model, method, args, kwargs);
  }

  @Override
  public OdooClient withContext(Context ctx) {
    return new TableOdoo(root, context.merge(ctx));
  }

  @Override
  public Context context() {
    return context;
  }

  @Override
  public ServerVersion serverVersion() {
    return ServerVersion.parse("19.0");
  }

  @Override
  public Protocol protocol() {
    return Protocol.JSON2;
  }

  @Override
  public void close() {}

  /** Workflows under test print no reports and move no files. */
  @Override
  public Reports reports() {
    throw new UnsupportedOperationException("this test fake has no web session");
  }

  @Override
  public Attachments attachments() {
    throw new UnsupportedOperationException("this test fake has no web session");
  }

  @Override
  public ApiKeys apiKeys() {
    throw new UnsupportedOperationException("this test fake has no web session");
  }
}
