package io.github.odooconnector.codegen.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.codegen.CodegenException;
import io.github.odooconnector.codegen.SchemaSnapshot;
import io.github.odooconnector.codegen.SnapshotField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads and writes the snapshot file format (see {@link SchemaSnapshot#FORMAT}). */
public final class SnapshotJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SnapshotJson() {}

  /** Deterministic pretty JSON with LF line ends and sorted models and fields. */
  public static String write(SchemaSnapshot s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", SchemaSnapshot.FORMAT);
    root.put("serverVersion", s.serverVersion());
    root.put("major", s.major());
    ObjectNode models = root.putObject("models");
    s.models()
        .forEach(
            (model, fields) -> {
              ObjectNode m = models.putObject(model);
              fields.forEach((name, f) -> m.set(name, field(f)));
            });
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pp.indentObjectsWith(indenter);
    pp.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
    try {
      return MAPPER.writer(pp).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new CodegenException("cannot write snapshot: " + e.getMessage(), e);
    }
  }

  private static ObjectNode field(SnapshotField f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("type", f.type());
    n.put("string", f.label());
    if (f.relation() != null) {
      n.put("relation", f.relation());
    }
    n.put("required", f.required());
    n.put("readonly", f.readonly());
    n.put("store", f.store());
    if (f.selection() != null) {
      ArrayNode sel = n.putArray("selection");
      for (List<String> pair : f.selection()) {
        sel.addArray().add(pair.get(0)).add(pair.get(1));
      }
    }
    if (f.digits() != null) {
      ArrayNode d = n.putArray("digits");
      f.digits().forEach(d::add);
    }
    return n;
  }

  /** Parses a snapshot file's content; {@code origin} names it in errors. */
  public static SchemaSnapshot read(String json, String origin) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CodegenException(
          origin + " is not valid JSON: " + e.getOriginalMessage(), (Throwable) null);
    }
    if (root == null || !root.isObject()) {
      throw new CodegenException(origin + " is not a JSON object", (Throwable) null);
    }
    String format = root.path("format").asText("");
    if (!SchemaSnapshot.FORMAT.equals(format)) {
      throw new CodegenException(
          origin
              + " is not an odoo-connector schema snapshot: its \"format\" is '"
              + format
              + "', expected '"
              + SchemaSnapshot.FORMAT
              + "' (write snapshots with the plugin's snapshot goal or Main snapshot)",
          (Throwable) null);
    }
    JsonNode models = root.path("models");
    if (!models.isObject() || !root.path("serverVersion").isTextual()) {
      throw new CodegenException(
          origin + " needs \"serverVersion\" (text) and \"models\" (object)", (Throwable) null);
    }
    Map<String, Map<String, ?>> raw = new TreeMap<>();
    for (Map.Entry<String, JsonNode> m : models.properties()) {
      if (!m.getValue().isObject()) {
        throw new CodegenException(
            origin + ": model " + m.getKey() + " must be an object of fields", (Throwable) null);
      }
      Map<String, Object> fields = new TreeMap<>();
      for (Map.Entry<String, JsonNode> f : m.getValue().properties()) {
        fields.put(f.getKey(), MAPPER.convertValue(f.getValue(), Object.class));
      }
      raw.put(m.getKey(), fields);
    }
    int major = root.path("major").asInt(0);
    SchemaSnapshot s =
        SchemaSnapshot.fromFieldsGet(root.get("serverVersion").asText(), raw, origin);
    if (major != 0 && major != s.major()) {
      throw new CodegenException(
          origin
              + ": \"major\" is "
              + major
              + " but serverVersion '"
              + s.serverVersion()
              + "' is Odoo "
              + s.major(),
          (Throwable) null);
    }
    return s;
  }

  /** Converts one raw {@code fields_get} attribute map; {@code where} names it in errors. */
  public static SnapshotField field(Object attributes, String where) {
    if (!(attributes instanceof Map<?, ?> a)) {
      throw new CodegenException(where + ": field description must be an object", (Throwable) null);
    }
    if (!(a.get("type") instanceof String type) || type.isBlank()) {
      throw new CodegenException(where + ": field description has no type", (Throwable) null);
    }
    String label = a.get("string") instanceof String s ? s : "";
    String relation = a.get("relation") instanceof String r && !r.isEmpty() ? r : null;
    List<List<String>> selection = null;
    if (a.get("selection") instanceof List<?> pairs) {
      selection = new ArrayList<>();
      for (Object p : pairs) {
        if (!(p instanceof List<?> pair) || pair.size() != 2 || pair.get(0) == null) {
          throw new CodegenException(
              where + ": selection entries must be [key, label], got " + p, (Throwable) null);
        }
        selection.add(List.of(String.valueOf(pair.get(0)), String.valueOf(pair.get(1))));
      }
    }
    List<Integer> digits = null;
    if (a.get("digits") instanceof List<?> d
        && d.size() == 2
        && d.get(0) instanceof Number p
        && d.get(1) instanceof Number sc) {
      digits = List.of(p.intValue(), sc.intValue());
    }
    return new SnapshotField(
        type,
        label,
        relation,
        Boolean.TRUE.equals(a.get("required")),
        Boolean.TRUE.equals(a.get("readonly")),
        !Boolean.FALSE.equals(a.get("store")),
        selection,
        digits);
  }
}
