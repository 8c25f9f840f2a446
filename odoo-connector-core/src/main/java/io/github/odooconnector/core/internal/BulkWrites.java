package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.OdooClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Batched {@code create} and {@code write} grouped by identical values. Works on any client. */
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
}
