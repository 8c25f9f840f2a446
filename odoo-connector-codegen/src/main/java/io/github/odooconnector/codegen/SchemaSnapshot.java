package io.github.odooconnector.codegen;

import io.github.odooconnector.codegen.internal.SnapshotJson;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one Odoo server's {@code fields_get} said about some models: the input of the generator,
 * committed in the user's repository so builds stay offline. One snapshot per Odoo major version.
 * The file format ({@link #FORMAT}) is versioned JSON with sorted models and fields, so diffs of a
 * re-captured snapshot show exactly what changed:
 *
 * <pre>{@code
 * {
 *   "format" : "odoo-connector-schema-snapshot/1",
 *   "serverVersion" : "17.0-20240709",
 *   "major" : 17,
 *   "models" : {
 *     "sale.order" : {
 *       "partner_id" : { "type" : "many2one", "string" : "Customer", "relation" : "res.partner",
 *                        "required" : true, "readonly" : false, "store" : true },
 *       "state" : { "type" : "selection", ..., "selection" : [ [ "draft", "Quotation" ], ... ] }
 * }}}
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param serverVersion the server's {@code server_version}, for example {@code 17.0-20240709}
 * @param major the Odoo major version
 * @param models model name to field name to field, sorted
 */
public record SchemaSnapshot(
    String serverVersion, int major, SortedMap<String, SortedMap<String, SnapshotField>> models) {

  /** The format identifier written into (and required in) every snapshot file. */
  public static final String FORMAT = "odoo-connector-schema-snapshot/1";

  /**
   * Validates and copies the components.
   *
   * @param serverVersion server version string
   * @param major major version, positive
   * @param models models and fields
   */
  public SchemaSnapshot {
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(models, "models");
    if (major <= 0) {
      throw new IllegalArgumentException("major version must be positive, got " + major);
    }
    SortedMap<String, SortedMap<String, SnapshotField>> copy = new TreeMap<>();
    models.forEach(
        (m, f) ->
            copy.put(
                Objects.requireNonNull(m, "model"),
                Collections.unmodifiableSortedMap(new TreeMap<>(f))));
    models = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Builds a snapshot from raw {@code fields_get} answers (the attribute maps Odoo returned).
   *
   * @param serverVersion the server's version string, for example {@code "18.0+e-20250520"}
   * @param fieldsGet model name to its {@code fields_get} answer
   * @param origin names the source in error messages (a file, a server URL)
   * @return the snapshot
   * @throws CodegenException if the version has no major number or a description is malformed
   */
  public static SchemaSnapshot fromFieldsGet(
      String serverVersion, Map<String, ? extends Map<String, ?>> fieldsGet, String origin) {
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(fieldsGet, "fieldsGet");
    ServerVersion v = ServerVersion.parse(serverVersion);
    if (!v.isKnown()) {
      throw new CodegenException(
          origin + ": cannot tell the Odoo major version from '" + serverVersion + "'",
          (Throwable) null);
    }
    SortedMap<String, SortedMap<String, SnapshotField>> models = new TreeMap<>();
    fieldsGet.forEach(
        (model, fields) -> {
          SortedMap<String, SnapshotField> out = new TreeMap<>();
          fields.forEach(
              (name, attrs) ->
                  out.put(name, SnapshotJson.field(attrs, origin + ": " + model + "." + name)));
          models.put(model, out);
        });
    return new SchemaSnapshot(serverVersion, v.major(), models);
  }

  /**
   * Asks a live server for the fields of some models (the plugin's {@code snapshot} goal).
   *
   * @param client a client connected to the server
   * @param modelNames the models to describe
   * @return the snapshot
   * @throws CodegenException naming every model the server does not have
   */
  public static SchemaSnapshot capture(OdooClient client, Collection<String> modelNames) {
    Objects.requireNonNull(client, "client");
    List<String> wanted = new ArrayList<>(new TreeSet<>(modelNames));
    if (wanted.isEmpty()) {
      throw new CodegenException("name at least one model to snapshot", (Throwable) null);
    }
    Set<String> existing = new HashSet<>();
    for (OdooRecord r :
        client.searchRead(
            "ir.model",
            Domain.where("model", "in", wanted),
            List.of("model"),
            SearchOptions.defaults())) {
      r.string("model").ifPresent(existing::add);
    }
    List<String> problems = new ArrayList<>();
    for (String m : wanted) {
      if (!existing.contains(m)) {
        problems.add("model '" + m + "' does not exist on the server (or is not readable)");
      }
    }
    if (!problems.isEmpty()) {
      throw new CodegenException("cannot snapshot " + client.serverVersion(), problems);
    }
    Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
    for (String m : wanted) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Map.Entry<String, FieldInfo> f : client.fieldsGet(m).entrySet()) {
        fields.put(f.getKey(), f.getValue().attributes());
      }
      answers.put(m, fields);
    }
    ServerVersion v = client.serverVersion();
    return fromFieldsGet(v.raw().isEmpty() ? v.toString() : v.raw(), answers, "server");
  }

  /**
   * Reads a snapshot file.
   *
   * @param file the file
   * @return the snapshot
   * @throws CodegenException if it cannot be read or is not a snapshot of this format
   */
  public static SchemaSnapshot read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return SnapshotJson.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new CodegenException("cannot read snapshot " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a snapshot from text.
   *
   * @param json the file content
   * @param origin names the source in error messages
   * @return the snapshot
   * @throws CodegenException if it is not a snapshot of this format
   */
  public static SchemaSnapshot parse(String json, String origin) {
    return SnapshotJson.read(Objects.requireNonNull(json, "json"), origin);
  }

  /**
   * The snapshot as file content (deterministic: sorted, LF line ends).
   *
   * @return the JSON text
   */
  public String toJson() {
    return SnapshotJson.write(this);
  }

  /**
   * Writes the snapshot file (creating parent directories).
   *
   * @param file the file
   * @throws CodegenException if it cannot be written
   */
  public void write(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CodegenException("cannot write snapshot " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The fields of a model.
   *
   * @param model the model name
   * @return its fields, empty if the snapshot does not have the model
   */
  public Optional<SortedMap<String, SnapshotField>> model(String model) {
    return Optional.ofNullable(models.get(model));
  }

  /**
   * A snapshot with only some models.
   *
   * @param modelNames the models to keep (unknown ones are ignored)
   * @return the smaller snapshot
   */
  public SchemaSnapshot only(Collection<String> modelNames) {
    SortedMap<String, SortedMap<String, SnapshotField>> kept = new TreeMap<>(models);
    kept.keySet().retainAll(Set.copyOf(modelNames));
    return new SchemaSnapshot(serverVersion, major, kept);
  }
}
