package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.FakeOdooException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw store: one table of rows per model, id and sequence counters, external ids, and the undo
 * journal that makes every call atomic (each change pushes its inverse while a transaction runs).
 */
final class RecordTables {
  private final Database db;

  private final Map<String, TreeMap<Long, Map<String, Object>>> tables = new HashMap<>();
  private final Map<String, Long> nextIds = new HashMap<>();
  private final Map<String, Long> sequences = new HashMap<>();
  private final Map<String, Long> xmlIds = new LinkedHashMap<>();
  private Deque<Runnable> journal;

  RecordTables(Database db, Collection<String> models) {
    this.db = db;
    for (String m : models) {
      tables.put(m, new TreeMap<>());
      nextIds.put(m, 1L);
    }
  }

  /** The rows of a model by id (live: changes are not journaled through this view). */
  TreeMap<Long, Map<String, Object>> table(String model) {
    return tables.get(model);
  }

  /** Starts journaling the changes of one call. */
  void begin() {
    journal = new ArrayDeque<>();
  }

  /** Undoes every change since {@link #begin()}, newest first. */
  void rollback() {
    while (!journal.isEmpty()) {
      journal.pop().run();
    }
  }

  /** A point of the running call to roll back to ({@link #rollbackTo}), like a SQL savepoint. */
  int savepoint() {
    return journal.size();
  }

  /** Undoes the changes made since {@code savepoint}, newest first. */
  void rollbackTo(int savepoint) {
    while (journal.size() > savepoint) {
      journal.pop().run();
    }
  }

  /** Ends the call: its changes stay. */
  void end() {
    journal = null;
  }

  Map<String, Object> row(String model, long id) {
    return tables.get(model).get(id);
  }

  boolean exists(String model, long id) {
    return tables.get(model).containsKey(id);
  }

  List<Long> allIds(String model) {
    return new ArrayList<>(tables.get(model).keySet());
  }

  long insertRaw(String model, Map<String, Object> values) {
    long id = nextIds.get(model);
    nextIds.put(model, id + 1);
    Map<String, Object> row = new HashMap<>(values);
    row.put("id", id);
    tables.get(model).put(id, row);
    journal.push(
        () -> {
          tables.get(model).remove(id);
          nextIds.put(model, id);
        });
    return id;
  }

  void setRaw(String model, long id, String field, Object value) {
    Map<String, Object> row = tables.get(model).get(id);
    boolean had = row.containsKey(field);
    Object old = row.put(field, value);
    journal.push(
        () -> {
          if (had) {
            row.put(field, old);
          } else {
            row.remove(field);
          }
        });
  }

  void deleteRaw(String model, long id) {
    Map<String, Object> row = tables.get(model).remove(id);
    if (row != null) {
      journal.push(() -> tables.get(model).put(id, row));
    }
  }

  long nextSequence(String code) {
    long next = sequences.getOrDefault(code, 0L) + 1;
    Long old = sequences.put(code, next);
    journal.push(
        () -> {
          if (old == null) {
            sequences.remove(code);
          } else {
            sequences.put(code, old);
          }
        });
    return next;
  }

  void setXmlId(String xmlId, String model, long id) {
    xmlIds.put(xmlId, id);
    int dot = xmlId.indexOf('.');
    Map<String, Object> data = new HashMap<>();
    data.put("module", xmlId.substring(0, dot));
    data.put("name", xmlId.substring(dot + 1));
    data.put("model", model);
    data.put("res_id", id);
    data.put("create_date", db.now());
    data.put("write_date", db.now());
    insertRaw("ir.model.data", data);
  }

  /**
   * A seed record's id.
   *
   * @param xmlId external id
   * @return the id
   */
  public long ref(String xmlId) {
    Long id = xmlIds.get(xmlId);
    if (id == null) {
      throw new FakeOdooException(
          "unknown external id: " + xmlId + " (known: " + xmlIds.keySet() + ")");
    }
    return id;
  }

  Long refOrNull(String xmlId) {
    return xmlIds.get(xmlId);
  }

  /** The model of a seed record's external id (read from ir.model.data). */
  String xmlIdModel(String xmlId) {
    int dot = xmlId.indexOf('.');
    for (Map<String, Object> r : tables.get("ir.model.data").values()) {
      if (xmlId.substring(0, dot).equals(r.get("module"))
          && xmlId.substring(dot + 1).equals(r.get("name"))) {
        return String.valueOf(r.get("model"));
      }
    }
    throw new FakeOdooException("unknown external id: " + xmlId);
  }
}
