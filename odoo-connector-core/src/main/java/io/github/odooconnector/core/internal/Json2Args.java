package io.github.odooconnector.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps an execute_kw style call (positional args + kwargs) to a JSON-2 body (keyword arguments
 * only, plus {@code ids} and {@code context}), using the Odoo 19 signatures of the well-known ORM
 * methods.
 */
public final class Json2Args {

  /** Model-level methods (no ids) and the names of their positional parameters. */
  static final Map<String, List<String>> MODEL_METHODS =
      Map.ofEntries(
          Map.entry("search", List.of("domain", "offset", "limit", "order")),
          Map.entry("search_read", List.of("domain", "fields", "offset", "limit", "order")),
          Map.entry("search_count", List.of("domain", "limit")),
          Map.entry("search_fetch", List.of("domain", "field_names", "offset", "limit", "order")),
          Map.entry("create", List.of("vals_list")),
          Map.entry("fields_get", List.of("allfields", "attributes")),
          Map.entry("name_search", List.of("name", "domain", "operator", "limit")),
          Map.entry("name_create", List.of("name")),
          Map.entry(
              "read_group",
              List.of("domain", "fields", "groupby", "offset", "limit", "orderby", "lazy")),
          Map.entry(
              "formatted_read_group",
              List.of("domain", "groupby", "aggregates", "having", "offset", "limit", "order")),
          Map.entry("default_get", List.of("fields_list")),
          Map.entry("get_views", List.of("views", "options")));

  /** Record-level methods and the names of their positional parameters after the ids. */
  static final Map<String, List<String>> RECORD_METHODS =
      Map.ofEntries(
          Map.entry("read", List.of("fields", "load")),
          Map.entry("write", List.of("vals")),
          Map.entry("unlink", List.of()),
          Map.entry("copy", List.of("default")),
          Map.entry("copy_data", List.of("default")),
          Map.entry("has_access", List.of("operation")),
          Map.entry("check_access", List.of("operation")));

  private Json2Args() {}

  /**
   * Builds the JSON-2 body.
   *
   * @param method the method
   * @param args positional arguments (wire values)
   * @param kwargs keyword arguments (wire values)
   * @param context the context to send (may be empty)
   * @return the body map
   * @throws IllegalArgumentException if positional arguments cannot be named
   */
  public static Map<String, Object> body(
      String method, List<Object> args, Map<String, Object> kwargs, Map<String, Object> context) {
    Map<String, Object> body = new LinkedHashMap<>();
    List<String> names;
    List<Object> rest = args;
    if (MODEL_METHODS.containsKey(method)) {
      names = MODEL_METHODS.get(method);
    } else if (!args.isEmpty()) {
      Object first = args.get(0);
      body.put("ids", ids(first, method));
      rest = args.subList(1, args.size());
      names = RECORD_METHODS.getOrDefault(method, List.of());
    } else {
      names = List.of();
    }
    if (rest.size() > names.size()) {
      throw new IllegalArgumentException(
          "JSON-2 only accepts keyword arguments: method '"
              + method
              + "' got "
              + rest.size()
              + " positional argument(s) after the ids but only "
              + (names.isEmpty() ? "none" : names)
              + " can be named; pass them in kwargs");
    }
    for (int i = 0; i < rest.size(); i++) {
      body.put(names.get(i), rest.get(i));
    }
    for (Map.Entry<String, Object> e : kwargs.entrySet()) {
      if (e.getKey().equals("context")) {
        continue;
      }
      if (body.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "argument '"
                + e.getKey()
                + "' of '"
                + method
                + "' given both positionally and as keyword");
      }
      body.put(e.getKey(), e.getValue());
    }
    Map<String, Object> ctx = new LinkedHashMap<>(context);
    if (kwargs.get("context") instanceof Map<?, ?> own) {
      own.forEach((k, v) -> ctx.put(String.valueOf(k), v));
    }
    if (!ctx.isEmpty()) {
      body.put("context", ctx);
    }
    return body;
  }

  /**
   * Whether positional arguments of a method outside the table need parameter names: anything
   * beyond a first argument that reads as record ids (ids-only calls go out without asking {@code
   * /doc-bearer}).
   */
  static boolean needsNames(List<Object> args) {
    if (args.size() > 1) {
      return true;
    }
    if (args.isEmpty()) {
      return false;
    }
    Object first = args.get(0);
    if (first instanceof Number) {
      return false;
    }
    return !(first instanceof Collection<?> c && c.stream().allMatch(o -> o instanceof Number));
  }

  /** Whether the built-in table names this method's positional parameters. */
  static boolean known(String method) {
    return MODEL_METHODS.containsKey(method) || RECORD_METHODS.containsKey(method);
  }

  /**
   * Builds the JSON-2 body of a method outside the built-in table with the parameter names Odoo
   * documents for it ({@code /doc-bearer}); falls back to {@link #body} when there is no
   * documentation.
   *
   * @throws IllegalArgumentException when the positional arguments do not fit what Odoo documents,
   *     naming the method and its parameters
   */
  static Map<String, Object> body(
      String model,
      String method,
      List<Object> args,
      Map<String, Object> kwargs,
      Map<String, Object> context,
      Json2Docs.ModelDoc doc) {
    if (doc.unavailable() != null) {
      try {
        return body(method, args, kwargs, context);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage() + " (parameter names could not be learned: " + doc.unavailable() + ")",
            e);
      }
    }
    Json2Docs.MethodDoc m = doc.method(method).orElse(null);
    if (m == null) {
      if (args.size() <= 1) {
        return body(method, args, kwargs, context); // ids only: Odoo itself answers for the name
      }
      throw new IllegalArgumentException(
          "JSON-2: Odoo documents no public method '"
              + method
              + "' on "
              + model
              + ", so its "
              + (args.size() - 1)
              + " positional argument(s) after the ids cannot be named; check the method name");
    }
    List<Object> rest = args;
    Map<String, Object> out = new LinkedHashMap<>();
    if (!m.modelMethod()) {
      if (args.isEmpty()) {
        rest = List.of();
      } else {
        out.put("ids", ids(args.get(0), method));
        rest = args.subList(1, args.size());
      }
    }
    if (rest.size() > m.positional().size()) {
      throw new IllegalArgumentException(
          "JSON-2: "
              + model
              + "."
              + method
              + " takes "
              + (m.modelMethod() ? "" : "the record ids, then ")
              + "the positional parameters "
              + m.positional()
              + (m.all().size() > m.positional().size()
                  ? " and the keyword-only parameters "
                      + m.all().subList(m.positional().size(), m.all().size())
                  : "")
              + " (as Odoo documents it), got "
              + rest.size()
              + " positional argument(s)");
    }
    for (int i = 0; i < rest.size(); i++) {
      out.put(m.positional().get(i), rest.get(i));
    }
    Map<String, Object> merged = body(method, List.of(), kwargs, context);
    for (Map.Entry<String, Object> e : merged.entrySet()) {
      if (out.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "argument '"
                + e.getKey()
                + "' of '"
                + method
                + "' given both positionally and as keyword");
      }
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  private static List<Object> ids(Object first, String method) {
    if (first instanceof Number n) {
      return List.of(n.longValue());
    }
    if (first instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) {
        if (!(o instanceof Number n)) {
          throw new IllegalArgumentException(
              "JSON-2: the first positional argument of '"
                  + method
                  + "' must be the record ids, got a list containing "
                  + o);
        }
        out.add(n.longValue());
      }
      return out;
    }
    throw new IllegalArgumentException(
        "JSON-2: the first positional argument of '"
            + method
            + "' must be the record ids (or pass everything in kwargs), got "
            + first);
  }
}
