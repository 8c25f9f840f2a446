package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.LoadMessage;
import io.github.odooconnector.core.api.LoadResult;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.ServerVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Batched {@code create}, {@code write} grouped by identical values, and Odoo's {@code load}
 * import. Works on any client.
 */
public final class BulkWrites {

  private BulkWrites() {}

  /**
   * Creates records in calls of at most {@code batchSize} records each.
   *
   * @param client the client
   * @param model model name
   * @param valuesList one map per record
   * @param batchSize records per call, at least 1
   * @return the new ids, in the order of {@code valuesList}
   */
  public static List<Long> create(
      OdooClient client, String model, List<? extends Map<String, ?>> valuesList, int batchSize) {
    Objects.requireNonNull(valuesList, "valuesList");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    for (int i = 0; i < valuesList.size(); i++) {
      if (valuesList.get(i) == null) {
        throw new IllegalArgumentException("valuesList has null values at index " + i);
      }
    }
    List<Long> ids = new ArrayList<>(valuesList.size());
    for (int from = 0; from < valuesList.size(); from += batchSize) {
      int to = Math.min(valuesList.size(), from + batchSize);
      ids.addAll(client.create(model, valuesList.subList(from, to)));
    }
    return List.copyOf(ids);
  }

  /**
   * Writes each record's values, one {@code write} call per distinct set of values.
   *
   * @param client the client
   * @param model model name
   * @param valuesById the values to write per record id
   * @return the number of {@code write} calls made
   */
  public static int write(
      OdooClient client, String model, Map<Long, ? extends Map<String, ?>> valuesById) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(valuesById, "valuesById");
    Map<Map<String, ?>, List<Long>> groups = new LinkedHashMap<>();
    valuesById.forEach(
        (id, values) -> {
          Objects.requireNonNull(id, "valuesById has a null id");
          if (values == null) {
            throw new IllegalArgumentException("valuesById has null values for id " + id);
          }
          groups.computeIfAbsent(values, v -> new ArrayList<>()).add(id);
        });
    groups.forEach((values, ids) -> client.write(model, ids, values));
    return groups.size();
  }

  /**
   * Imports rows with Odoo's {@code load} in one call.
   *
   * @param client the client
   * @param model model name
   * @param fields column field paths
   * @param rows the cells, as text
   * @return what Odoo answered
   */
  public static LoadResult load(
      OdooClient client, String model, List<String> fields, List<? extends List<String>> rows) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(rows, "rows");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("load needs at least one field");
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i) == null || fields.get(i).isBlank()) {
        throw new IllegalArgumentException("fields has a null or blank name at index " + i);
      }
    }
    List<List<String>> data = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row == null || row.size() != fields.size()) {
        throw new IllegalArgumentException(
            "row "
                + r
                + " has "
                + (row == null ? "no" : String.valueOf(row.size()))
                + " cells but there are "
                + fields.size()
                + " fields");
      }
      List<String> cells = new ArrayList<>(row.size());
      for (String cell : row) {
        cells.add(cell == null ? "" : cell);
      }
      data.add(cells);
    }
    if (data.isEmpty()) {
      return new LoadResult(List.of(), List.of());
    }
    Map<String, Object> kwargs = new LinkedHashMap<>();
    kwargs.put("fields", List.copyOf(fields));
    kwargs.put("data", data);
    Object answer = client.call(model, "load", List.of(), kwargs);
    return loadResult(answer, model);
  }

  static LoadResult loadResult(Object answer, String model) {
    if (!(answer instanceof Map<?, ?> m) || !m.containsKey("messages")) {
      throw shape(model, "an object with ids and messages", answer);
    }
    List<Long> ids = new ArrayList<>();
    Object rawIds = m.get("ids");
    if (rawIds instanceof List<?> l) {
      for (Object o : l) {
        if (!(o instanceof Number n)) {
          throw shape(model, "a list of ids", rawIds);
        }
        ids.add(n.longValue());
      }
    } else if (!Boolean.FALSE.equals(rawIds) && rawIds != null) {
      throw shape(model, "a list of ids or false", rawIds);
    }
    List<LoadMessage> messages = new ArrayList<>();
    if (m.get("messages") instanceof List<?> ms) {
      for (Object o : ms) {
        if (!(o instanceof Map<?, ?> msg)) {
          throw shape(model, "message objects", o);
        }
        messages.add(message(msg));
      }
    } else if (m.get("messages") != null) {
      throw shape(model, "a list of messages", m.get("messages"));
    }
    boolean failed = !(rawIds instanceof List<?>);
    if (failed && messages.stream().noneMatch(x -> x.kind() == LoadMessage.Kind.ERROR)) {
      // ids false without an error message: say so rather than report a silent success
      messages.add(
          new LoadMessage(
              LoadMessage.Kind.ERROR, "Odoo imported nothing and gave no reason", null, null));
    }
    return new LoadResult(failed ? List.of() : ids, messages);
  }

  private static LoadMessage message(Map<?, ?> msg) {
    LoadMessage.Kind kind =
        switch (String.valueOf(msg.get("type"))) {
          case "error" -> LoadMessage.Kind.ERROR;
          case "warning" -> LoadMessage.Kind.WARNING;
          default -> LoadMessage.Kind.INFO;
        };
    Integer row = null;
    if (msg.get("record") instanceof Number n) {
      row = n.intValue();
    } else if (msg.get("rows") instanceof Map<?, ?> rows && rows.get("from") instanceof Number n) {
      row = n.intValue();
    }
    String text = msg.get("message") instanceof String s ? s : String.valueOf(msg.get("message"));
    String field = msg.get("field") instanceof String f && !f.isEmpty() ? f : null;
    return new LoadMessage(kind, text, row, field);
  }

  private static OdooProtocolException shape(String model, String expected, Object got) {
    String shown = String.valueOf(got);
    return new OdooProtocolException(
        "load answered "
            + (shown.length() > 120 ? shown.substring(0, 120) + "..." : shown)
            + " but "
            + expected
            + " was expected",
        model,
        "load",
        ServerVersion.UNKNOWN,
        null,
        null);
  }
}
