package io.github.odooconnector.core.internal.typed;

import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.api.externalid.ExternalId;
import io.github.odooconnector.core.api.externalid.ExternalIdConflictException;
import io.github.odooconnector.core.api.externalid.ExternalIdNamespace;
import io.github.odooconnector.core.api.externalid.ExternalIdNotFoundException;
import io.github.odooconnector.core.api.externalid.ExternalIds;
import io.github.odooconnector.core.api.externalid.ExternalRecord;
import io.github.odooconnector.core.api.externalid.UpsertResult;
import io.github.odooconnector.core.api.typed.OdooModel;
import io.github.odooconnector.core.api.typed.TypedRecord;
import io.github.odooconnector.core.api.typed.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** {@link ExternalIds} on top of an {@link OdooClient}'s public methods. Thread-safe. */
public final class DefaultExternalIds implements ExternalIds {

  static final String MODEL = "ir.model.data";
  private static final List<String> FIELDS = List.of("module", "name", "model", "res_id");
  private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final int CHUNK = 500;

  private final OdooClient client;

  private DefaultExternalIds(OdooClient client) {
    this.client = client;
  }

  /**
   * Creates the service.
   *
   * @param client the client
   * @return the service
   */
  public static ExternalIds create(OdooClient client) {
    return new DefaultExternalIds(Objects.requireNonNull(client, "client"));
  }

  @Override
  public Optional<ExternalRecord> find(String xmlId) {
    ExternalId id = ExternalId.parse(xmlId);
    return Optional.ofNullable(findAll(List.of(id.toString())).get(id.toString()));
  }

  @Override
  public Map<String, ExternalRecord> findAll(Collection<String> xmlIds) {
    Objects.requireNonNull(xmlIds, "xmlIds");
    Map<String, List<String>> byModule = new TreeMap<>();
    for (String x : xmlIds) {
      ExternalId id = ExternalId.parse(x);
      List<String> names = byModule.computeIfAbsent(id.module(), m -> new ArrayList<>());
      if (!names.contains(id.name())) {
        names.add(id.name());
      }
    }
    Map<String, ExternalRecord> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : byModule.entrySet()) {
      List<String> names = e.getValue();
      for (int i = 0; i < names.size(); i += CHUNK) {
        List<String> chunk = names.subList(i, Math.min(names.size(), i + CHUNK));
        Domain d = Domain.where("module", "=", e.getKey()).and(Domain.where("name", "in", chunk));
        for (OdooRecord r : search(d)) {
          record(r).ifPresent(er -> out.put(er.externalId().toString(), er));
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public long require(String model, String xmlId) {
    Objects.requireNonNull(model, "model");
    Optional<ExternalRecord> found = find(xmlId);
    if (found.isEmpty()) {
      throw new ExternalIdNotFoundException(
          "external id " + xmlId + " does not exist", model, client.serverVersion());
    }
    if (!found.get().model().equals(model)) {
      throw new ExternalIdNotFoundException(
          "external id "
              + xmlId
              + " points to "
              + found.get().model()
              + "("
              + found.get().id()
              + "), not to a "
              + model,
          model,
          client.serverVersion());
    }
    return found.get().id();
  }

  @Override
  public Map<Long, List<ExternalId>> externalIdsOf(String model, Collection<Long> ids) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(ids, "ids");
    List<Long> list = new ArrayList<>();
    for (Long id : ids) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException("record ids must be positive, got " + id);
      }
      list.add(id);
    }
    Map<Long, List<ExternalId>> out = new TreeMap<>();
    for (int i = 0; i < list.size(); i += CHUNK) {
      List<Long> chunk = list.subList(i, Math.min(list.size(), i + CHUNK));
      Domain d = Domain.where("model", "=", model).and(Domain.where("res_id", "in", chunk));
      for (OdooRecord r : search(d)) {
        record(r)
            .ifPresent(
                er -> out.computeIfAbsent(er.id(), k -> new ArrayList<>()).add(er.externalId()));
      }
    }
    out.replaceAll(
        (k, v) ->
            v.stream()
                .sorted(Comparator.comparing(ExternalId::module).thenComparing(ExternalId::name))
                .toList());
    return Collections.unmodifiableMap(out);
  }

  @Override
  public ExternalIdNamespace namespace(String module) {
    Objects.requireNonNull(module, "module");
    if (!NAMESPACE.matcher(module).matches()) {
      throw new IllegalArgumentException(
          "namespace must be lower-case letters, digits and underscores, starting with a letter"
              + " (your own module name, e.g. acme_sync): '"
              + module
              + "'");
    }
    return new Namespace(module);
  }

  private List<OdooRecord> search(Domain d) {
    return client.searchRead(MODEL, d, FIELDS, SearchOptions.defaults().withOrder("id"));
  }

  /** The entry's target; empty for an entry that points to no record (yet). */
  private static Optional<ExternalRecord> record(OdooRecord r) {
    String module = r.string("module").orElse("");
    String name = r.string("name").orElse("");
    String model = r.string("model").orElse("");
    long resId = r.integer("res_id").orElse(0);
    if (module.isEmpty() || name.isEmpty() || model.isEmpty() || resId <= 0) {
      return Optional.empty();
    }
    return Optional.of(new ExternalRecord(new ExternalId(module, name), model, resId));
  }

  private final class Namespace implements ExternalIdNamespace {

    private final String module;

    Namespace(String module) {
      this.module = module;
    }

    @Override
    public String module() {
      return module;
    }

    @Override
    public Optional<ExternalRecord> find(String name) {
      return DefaultExternalIds.this.find(new ExternalId(module, name).toString());
    }

    @Override
    public <R extends TypedRecord> UpsertResult upsert(
        String name, OdooModel<R> model, Values<R> values) {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(values, "values");
      ServerVersion v = client.serverVersion();
      // resolve names and check values before anything is looked up or written
      Map<String, Object> wire = values.toWire(v);
      return upsert(name, model.name(v), wire);
    }

    @Override
    public UpsertResult upsert(String name, String model, Map<String, ?> values) {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(values, "values");
      ExternalId xmlId = new ExternalId(module, name);
      // 1. claim the key first (ir.model.data is unique on module + name), so a failure later
      //    never leaves a business record without its key behind
      Optional<OdooRecord> found = entry(xmlId);
      boolean claimed = false;
      OdooRecord entry;
      if (found.isPresent()) {
        entry = found.get();
      } else {
        try {
          client.create(MODEL, Map.of("module", module, "name", name, "model", model));
          claimed = true;
        } catch (OdooException e) {
          // another writer claimed it meanwhile, or the answer was lost: look again
          if (entry(xmlId).isEmpty()) {
            throw e;
          }
        }
        entry =
            entry(xmlId)
                .orElseThrow(
                    () ->
                        new ExternalIdNotFoundException(
                            "external id " + xmlId + " vanished while it was being created",
                            model,
                            client.serverVersion()));
      }
      String target = entry.string("model").orElse("");
      if (!target.equals(model)) {
        throw new ExternalIdConflictException(
            "external id "
                + xmlId
                + " points to a "
                + target
                + " record, not to a "
                + model
                + ": nothing was changed",
            model,
            client.serverVersion());
      }
      // 2. update the record the key points to, if it still exists
      long resId = entry.integer("res_id").orElse(0);
      if (resId > 0) {
        try {
          if (!values.isEmpty()) {
            client.write(model, List.of(resId), values);
            return new UpsertResult(xmlId, model, resId, false);
          }
          if (exists(model, resId)) {
            return new UpsertResult(xmlId, model, resId, false);
          }
        } catch (OdooMissingRecordException e) {
          // either the key outlived its record (deleted behind Odoo's back: give it a new one
          // below) or a value references a missing record (the caller's error: pass it on)
          if (exists(model, resId)) {
            throw e;
          }
        }
      }
      // 3. create the record and point the key at it
      long id;
      try {
        id = client.create(model, values);
      } catch (OdooException e) {
        if (claimed) {
          drop(MODEL, entry.id(), e);
        }
        throw e;
      }
      try {
        client.write(MODEL, List.of(entry.id()), Map.of("res_id", id));
      } catch (OdooException e) {
        drop(model, id, e);
        throw e;
      }
      return new UpsertResult(xmlId, model, id, true);
    }

    /** Best-effort removal of what this call created, after {@code cause}. */
    private void drop(String model, long id, OdooException cause) {
      try {
        client.unlink(model, List.of(id));
      } catch (OdooException e) {
        cause.addSuppressed(e);
      }
    }

    private Optional<OdooRecord> entry(ExternalId xmlId) {
      List<OdooRecord> found =
          search(
              Domain.where("module", "=", xmlId.module())
                  .and(Domain.where("name", "=", xmlId.name())));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private boolean exists(String model, long id) {
      return client
              .withContext(Context.builder().activeTest(false).build())
              .searchCount(model, Domain.where("id", "=", id))
          > 0;
    }
  }
}
