package io.github.odooconnector.core.internal.typed;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.api.schema.Drift;
import io.github.odooconnector.core.api.schema.DriftKind;
import io.github.odooconnector.core.api.schema.DriftReport;
import io.github.odooconnector.core.api.schema.SchemaVerifier;
import io.github.odooconnector.core.api.typed.FieldSchema;
import io.github.odooconnector.core.api.typed.FieldSpec;
import io.github.odooconnector.core.api.typed.ModelSchema;
import io.github.odooconnector.core.api.typed.OdooModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The {@link SchemaVerifier} on top of an {@link OdooClient}. Thread-safe. */
public final class DefaultSchemaVerifier implements SchemaVerifier {

  private final OdooClient client;

  private DefaultSchemaVerifier(OdooClient client) {
    this.client = client;
  }

  /**
   * Creates a verifier.
   *
   * @param client the client
   * @return the verifier
   */
  public static SchemaVerifier create(OdooClient client) {
    return new DefaultSchemaVerifier(Objects.requireNonNull(client, "client"));
  }

  @Override
  public DriftReport verify(OdooModel<?>... models) {
    Objects.requireNonNull(models, "models");
    List<ModelSchema> schemas = new ArrayList<>(models.length);
    for (OdooModel<?> m : models) {
      schemas.add(Objects.requireNonNull(m, "model").schema());
    }
    return verify(schemas);
  }

  @Override
  public DriftReport verify(Collection<ModelSchema> models) {
    Objects.requireNonNull(models, "models");
    ServerVersion version = client.serverVersion();
    Set<String> wanted = new LinkedHashSet<>();
    for (ModelSchema m : models) {
      Objects.requireNonNull(m, "model");
      wanted.add(m.names().get(m.closestMajor(version.major())));
    }
    Set<String> existing = new HashSet<>();
    if (!wanted.isEmpty()) {
      for (OdooRecord r :
          client.searchRead(
              "ir.model",
              Domain.where("model", "in", List.copyOf(wanted)),
              List.of("model"),
              SearchOptions.defaults())) {
        r.string("model").ifPresent(existing::add);
      }
    }
    List<Drift> drifts = new ArrayList<>();
    for (ModelSchema m : models) {
      int major = m.closestMajor(version.major());
      String name = m.names().get(major);
      if (major != version.major()) {
        drifts.add(
            new Drift(
                name,
                m.typeName(),
                null,
                DriftKind.VERSION_NOT_COVERED,
                majors(m) + " (compared with the Odoo " + major + " metadata)",
                version.toString()));
      }
      if (!existing.contains(name)) {
        drifts.add(new Drift(name, m.typeName(), null, DriftKind.MODEL_MISSING, name, ""));
        continue;
      }
      Map<String, FieldInfo> live = client.fieldsGet(name);
      for (FieldSchema f : m.fields()) {
        f.spec(major).ifPresent(spec -> compare(name, m.typeName(), spec, live, drifts));
      }
    }
    return new DriftReport(version, drifts);
  }

  private static String majors(ModelSchema m) {
    List<String> out = new ArrayList<>();
    m.majors().forEach(v -> out.add(String.valueOf(v)));
    return String.join(", ", out);
  }

  static void compare(
      String model, String typeName, FieldSpec spec, Map<String, FieldInfo> live, List<Drift> out) {
    FieldInfo info = live.get(spec.name());
    String field = spec.name();
    if (info == null) {
      out.add(new Drift(model, typeName, field, DriftKind.FIELD_MISSING, describe(spec), ""));
      return;
    }
    if (!spec.type().equals(info.type())) {
      out.add(new Drift(model, typeName, field, DriftKind.TYPE_CHANGED, spec.type(), info.type()));
      return;
    }
    String liveRelation = info.relation().orElse(null);
    if (!Objects.equals(spec.relation(), liveRelation)) {
      out.add(
          new Drift(
              model,
              typeName,
              field,
              DriftKind.RELATION_CHANGED,
              Objects.requireNonNullElse(spec.relation(), "none"),
              Objects.requireNonNullElse(liveRelation, "none")));
    }
    if (spec.required() != info.required()) {
      out.add(
          new Drift(
              model,
              typeName,
              field,
              info.required() ? DriftKind.BECAME_REQUIRED : DriftKind.NO_LONGER_REQUIRED,
              String.valueOf(spec.required()),
              String.valueOf(info.required())));
    }
    Optional<List<String>> expected = spec.optionalSelection();
    if (expected.isPresent()) {
      List<String> actual = selectionKeys(info);
      List<String> added = new ArrayList<>(actual);
      added.removeAll(expected.get());
      List<String> removed = new ArrayList<>(expected.get());
      removed.removeAll(actual);
      if (!added.isEmpty()) {
        out.add(
            new Drift(
                model,
                typeName,
                field,
                DriftKind.SELECTION_VALUES_ADDED,
                expected.get().toString(),
                added.toString()));
      }
      if (!removed.isEmpty()) {
        out.add(
            new Drift(
                model,
                typeName,
                field,
                DriftKind.SELECTION_VALUES_REMOVED,
                removed.toString(),
                actual.toString()));
      }
    }
  }

  private static String describe(FieldSpec spec) {
    return spec.type() + (spec.relation() == null ? "" : " -> " + spec.relation());
  }

  private static List<String> selectionKeys(FieldInfo info) {
    List<String> keys = new ArrayList<>();
    if (info.attributes().get("selection") instanceof List<?> pairs) {
      for (Object p : pairs) {
        if (p instanceof List<?> pair && !pair.isEmpty()) {
          keys.add(String.valueOf(pair.get(0)));
        }
      }
    }
    return keys;
  }
}
