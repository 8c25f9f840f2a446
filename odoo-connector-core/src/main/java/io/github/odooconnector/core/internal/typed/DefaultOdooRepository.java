package io.github.odooconnector.core.internal.typed;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.api.typed.Condition;
import io.github.odooconnector.core.api.typed.Field;
import io.github.odooconnector.core.api.typed.OdooModel;
import io.github.odooconnector.core.api.typed.OdooRepository;
import io.github.odooconnector.core.api.typed.TypedRecord;
import io.github.odooconnector.core.api.typed.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@link OdooRepository} on top of an {@link OdooClient}'s public methods, so every call keeps
 * the client's retries, context and error mapping. Thread-safe.
 *
 * @param <R> the record type
 */
public final class DefaultOdooRepository<R extends TypedRecord> implements OdooRepository<R> {

  private final OdooClient client;
  private final OdooModel<R> model;

  private DefaultOdooRepository(OdooClient client, OdooModel<R> model) {
    this.client = client;
    this.model = model;
  }

  /**
   * Creates a repository.
   *
   * @param <R> the record type
   * @param client the client
   * @param model the generated model
   * @return the repository
   */
  public static <R extends TypedRecord> OdooRepository<R> create(
      OdooClient client, OdooModel<R> model) {
    return new DefaultOdooRepository<>(
        Objects.requireNonNull(client, "client"), Objects.requireNonNull(model, "model"));
  }

  @Override
  public OdooModel<R> model() {
    return model;
  }

  @Override
  public List<Long> search(Condition<R> where) {
    return search(where, SearchOptions.defaults());
  }

  @Override
  public List<Long> search(Condition<R> where, SearchOptions options) {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(options, "options");
    ServerVersion v = client.serverVersion();
    return client.search(model.name(v), where.toDomain(v), options);
  }

  @Override
  public List<R> searchRead(Condition<R> where, SearchOptions options) {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(options, "options");
    ServerVersion v = client.serverVersion();
    List<OdooRecord> raw =
        client.searchRead(model.name(v), where.toDomain(v), model.fieldNames(v), options);
    return decode(raw, v);
  }

  @Override
  public List<R> searchRead(
      Condition<R> where, SearchOptions options, List<? extends Field<R, ?>> fields) {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(options, "options");
    ServerVersion v = client.serverVersion();
    String name = model.name(v);
    List<String> names = wireNames(fields, v);
    return decode(client.searchRead(name, where.toDomain(v), names, options), v);
  }

  @Override
  public List<R> read(Collection<Long> ids, List<? extends Field<R, ?>> fields) {
    Objects.requireNonNull(ids, "ids");
    ServerVersion v = client.serverVersion();
    String name = model.name(v);
    List<String> names = wireNames(fields, v);
    if (ids.isEmpty()) {
      return List.of();
    }
    return decode(client.read(name, ids, names), v);
  }

  /** The wire names of some fields of this model on a version; refuses what cannot be read. */
  private List<String> wireNames(List<? extends Field<R, ?>> fields, ServerVersion v) {
    Objects.requireNonNull(fields, "fields");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(
          "no fields to read from " + model.name() + ": name at least one, or read every field");
    }
    List<String> names = new ArrayList<>(fields.size());
    for (Field<R, ?> f : fields) {
      Objects.requireNonNull(f, "fields contains null");
      if (!model.fields().contains(f)) {
        throw new IllegalArgumentException(f + " is not a field of " + model);
      }
      names.add(f.name(v)); // FieldNotAvailableException when the version lacks it
    }
    return List.copyOf(names);
  }

  @Override
  public Stream<R> stream(Condition<R> where, int pageSize) {
    Objects.requireNonNull(where, "where");
    ServerVersion v = client.serverVersion();
    return client
        .streamSearchRead(model.name(v), where.toDomain(v), model.fieldNames(v), pageSize)
        .map(r -> model.decode(r, v));
  }

  @Override
  public List<R> read(Collection<Long> ids) {
    Objects.requireNonNull(ids, "ids");
    ServerVersion v = client.serverVersion();
    String name = model.name(v);
    if (ids.isEmpty()) {
      return List.of();
    }
    return decode(client.read(name, ids, model.fieldNames(v)), v);
  }

  @Override
  public Optional<R> get(long id) {
    List<R> found = read(List.of(id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public R require(long id) {
    Optional<R> found = get(id);
    if (found.isEmpty()) {
      ServerVersion v = client.serverVersion();
      throw new OdooMissingRecordException(
          model.name(v)
              + "("
              + id
              + ") does not exist (deleted, or never created); "
              + model.recordType().getSimpleName()
              + " cannot be read",
          model.name(v),
          "read",
          v,
          null,
          null);
    }
    return found.get();
  }

  @Override
  public long count(Condition<R> where) {
    Objects.requireNonNull(where, "where");
    ServerVersion v = client.serverVersion();
    return client.searchCount(model.name(v), where.toDomain(v));
  }

  @Override
  public long create(Values<R> values) {
    Objects.requireNonNull(values, "values");
    ServerVersion v = client.serverVersion();
    return client.create(model.name(v), values.toWire(v));
  }

  @Override
  public List<Long> create(List<Values<R>> values) {
    Objects.requireNonNull(values, "values");
    ServerVersion v = client.serverVersion();
    String name = model.name(v);
    if (values.isEmpty()) {
      return List.of();
    }
    // resolve every record before sending anything: one bad value must not half-create a batch
    List<Map<String, Object>> wire = new ArrayList<>(values.size());
    for (Values<R> one : values) {
      wire.add(Objects.requireNonNull(one, "values").toWire(v));
    }
    return client.create(name, wire);
  }

  @Override
  public void write(Collection<Long> ids, Values<R> values) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "nothing to write to " + model.name() + ": the values are empty");
    }
    ServerVersion v = client.serverVersion();
    String name = model.name(v);
    Map<String, Object> wire = values.toWire(v);
    if (ids.isEmpty()) {
      return;
    }
    client.write(name, ids, wire);
  }

  @Override
  public void unlink(Collection<Long> ids) {
    Objects.requireNonNull(ids, "ids");
    ServerVersion v = client.serverVersion();
    String name = model.name(v);
    if (ids.isEmpty()) {
      return;
    }
    client.unlink(name, ids);
  }

  private List<R> decode(List<OdooRecord> raw, ServerVersion v) {
    List<R> out = new ArrayList<>(raw.size());
    for (OdooRecord r : raw) {
      out.add(model.decode(r, v));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "OdooRepository[" + model + "]";
  }
}
