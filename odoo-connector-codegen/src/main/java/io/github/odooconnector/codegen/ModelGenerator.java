package io.github.odooconnector.codegen;

import io.github.odooconnector.codegen.internal.JavaEmitter;
import io.github.odooconnector.codegen.internal.Plan;
import io.github.odooconnector.codegen.internal.Planner;
import io.github.odooconnector.core.api.typed.FieldSchema;
import io.github.odooconnector.core.api.typed.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates typed model sources from schema snapshots: one Java record per configured model with
 * typed accessors, typed field constants with the metadata of every snapshot's version, an {@code
 * MODEL} constant for {@code OdooClient.model(...)} and {@code schema().verify(...)}, and one enum
 * per selection field (with an {@code UNKNOWN} fallback). Give one snapshot per Odoo major version
 * the code must run on; a model or field renamed between versions is declared with an alias in the
 * configuration and generated once. The output is deterministic. Thread-safe (stateless).
 */
public final class ModelGenerator {

  private ModelGenerator() {}

  /**
   * Generates the sources.
   *
   * @param config the models and fields to generate
   * @param snapshots one snapshot per Odoo major version
   * @return the files and warnings
   * @throws CodegenException listing every problem of the configuration (unknown model or field,
   *     type changed between versions, unsupported type, name clashes, two snapshots of one
   *     version, ...)
   */
  public static GenerationResult generate(GeneratorConfig config, List<SchemaSnapshot> snapshots) {
    Planner.Result plan = Planner.plan(config, snapshots);
    JavaEmitter emitter = new JavaEmitter(config.packageName());
    Map<String, String> files = new TreeMap<>();
    for (Plan.Model m : plan.models()) {
      files.putAll(emitter.emit(m));
    }
    List<GeneratedFile> out = new ArrayList<>();
    files.forEach((path, content) -> out.add(new GeneratedFile(path, content)));
    return new GenerationResult(out, plan.warnings());
  }

  /**
   * The schemas the generated models would embed, without generating them (the Maven plugin's
   * {@code verify} goal compares these with a live server).
   *
   * @param config the models and fields
   * @param snapshots one snapshot per Odoo major version
   * @return one schema per configured model
   * @throws CodegenException listing every problem of the configuration
   */
  public static List<ModelSchema> schemas(GeneratorConfig config, List<SchemaSnapshot> snapshots) {
    List<ModelSchema> out = new ArrayList<>();
    for (Plan.Model m : Planner.plan(config, snapshots).models()) {
      List<FieldSchema> fields = new ArrayList<>();
      for (Plan.Field f : m.fields()) {
        fields.add(new FieldSchema(f.javaName(), f.specs()));
      }
      out.add(ModelSchema.of(m.className(), m.names(), fields));
    }
    return List.copyOf(out);
  }
}
