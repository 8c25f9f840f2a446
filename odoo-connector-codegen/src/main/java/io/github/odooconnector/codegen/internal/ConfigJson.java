package io.github.odooconnector.codegen.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.codegen.CodegenException;
import io.github.odooconnector.codegen.GeneratorConfig;
import io.github.odooconnector.codegen.GeneratorConfig.FieldConfig;
import io.github.odooconnector.codegen.GeneratorConfig.ModelConfig;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Parses the generator configuration file, collecting every problem. */
public final class ConfigJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ROOT_KEYS = Set.of("format", "package", "models");
  private static final Set<String> MODEL_KEYS = Set.of("model", "className", "aliases", "fields");
  private static final Set<String> FIELD_KEYS =
      Set.of("field", "javaName", "aliases", "selectionAsText");

  private ConfigJson() {}

  /** Parses {@code json}; {@code origin} names it in errors. */
  public static GeneratorConfig parse(String json, String origin) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CodegenException(
          origin + " is not valid JSON: " + e.getOriginalMessage(), (Throwable) null);
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new CodegenException(origin + " must be a JSON object", (Throwable) null);
    }
    unknownKeys(root, ROOT_KEYS, "", problems);
    String format = root.path("format").asText("");
    if (!GeneratorConfig.FORMAT.equals(format)) {
      problems.add("\"format\" must be \"" + GeneratorConfig.FORMAT + "\", got '" + format + "'");
    }
    String pkg = root.path("package").asText("");
    if (pkg.isEmpty()) {
      problems.add("\"package\" (the Java package of the generated sources) is missing");
    }
    List<ModelConfig> models = new ArrayList<>();
    JsonNode list = root.path("models");
    if (!list.isArray() || list.isEmpty()) {
      problems.add("\"models\" must be a non-empty array");
    } else {
      for (int i = 0; i < list.size(); i++) {
        ModelConfig m = model(list.get(i), "models[" + i + "]", problems);
        if (m != null) {
          models.add(m);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CodegenException(
          origin + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems"),
          problems);
    }
    return new GeneratorConfig(pkg, models);
  }

  private static ModelConfig model(JsonNode n, String where, List<String> problems) {
    if (!n.isObject()) {
      problems.add(where + " must be an object with \"model\" and \"fields\"");
      return null;
    }
    unknownKeys(n, MODEL_KEYS, where + ".", problems);
    String model = n.path("model").asText("");
    String w = model.isEmpty() ? where : where + " (" + model + ")";
    if (model.isEmpty()) {
      problems.add(where + ".model is missing");
    }
    String className = n.hasNonNull("className") ? n.get("className").asText() : null;
    Map<Integer, String> aliases = aliases(n.path("aliases"), w + ".aliases", problems);
    List<FieldConfig> fields = new ArrayList<>();
    JsonNode fl = n.path("fields");
    if (!fl.isArray() || fl.isEmpty()) {
      problems.add(w + ".fields must be a non-empty array");
    } else {
      for (int i = 0; i < fl.size(); i++) {
        FieldConfig f = field(fl.get(i), w + ".fields[" + i + "]", problems);
        if (f != null) {
          fields.add(f);
        }
      }
    }
    return model.isEmpty() ? null : new ModelConfig(model, className, aliases, fields);
  }

  private static FieldConfig field(JsonNode n, String where, List<String> problems) {
    if (n.isTextual()) {
      return FieldConfig.of(n.asText());
    }
    if (!n.isObject()) {
      problems.add(where + " must be a field name or an object with \"field\"");
      return null;
    }
    unknownKeys(n, FIELD_KEYS, where + ".", problems);
    String field = n.path("field").asText("");
    if (field.isEmpty()) {
      problems.add(where + ".field is missing");
      return null;
    }
    String javaName = n.hasNonNull("javaName") ? n.get("javaName").asText() : null;
    JsonNode sat = n.path("selectionAsText");
    if (!sat.isMissingNode() && !sat.isBoolean()) {
      problems.add(where + ".selectionAsText must be true or false");
    }
    return new FieldConfig(
        field, javaName, aliases(n.path("aliases"), where + ".aliases", problems), sat.asBoolean());
  }

  private static Map<Integer, String> aliases(JsonNode n, String where, List<String> problems) {
    Map<Integer, String> out = new TreeMap<>();
    if (n.isMissingNode() || n.isNull()) {
      return out;
    }
    if (!n.isObject()) {
      problems.add(where + " must map Odoo major versions to names, e.g. {\"17\": \"old_name\"}");
      return out;
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      int major;
      try {
        major = Integer.parseInt(e.getKey());
      } catch (NumberFormatException ex) {
        problems.add(where + ": '" + e.getKey() + "' is not an Odoo major version like \"17\"");
        continue;
      }
      if (!e.getValue().isTextual() || e.getValue().asText().isEmpty()) {
        problems.add(where + "." + e.getKey() + " must be a name");
        continue;
      }
      out.put(major, e.getValue().asText());
    }
    return out;
  }

  private static void unknownKeys(
      JsonNode n, Set<String> known, String prefix, List<String> problems) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        problems.add(
            "unknown key \""
                + prefix
                + k
                + "\" (known: "
                + String.join(", ", new TreeSet<>(known))
                + ")");
      }
    }
  }
}
