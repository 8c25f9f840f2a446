package io.github.odooconnector.codegen.internal;

import io.github.odooconnector.codegen.CodegenException;
import io.github.odooconnector.codegen.GeneratorConfig;
import io.github.odooconnector.codegen.GeneratorConfig.FieldConfig;
import io.github.odooconnector.codegen.GeneratorConfig.ModelConfig;
import io.github.odooconnector.codegen.SchemaSnapshot;
import io.github.odooconnector.codegen.SnapshotField;
import io.github.odooconnector.codegen.internal.Plan.Constant;
import io.github.odooconnector.codegen.internal.Plan.Kind;
import io.github.odooconnector.codegen.internal.Plan.Selection;
import io.github.odooconnector.core.api.typed.FieldSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a configuration against snapshots and merges each model across versions; collects every
 * problem before failing.
 */
public final class Planner {

  private static final Map<String, Kind> KINDS = new HashMap<>();

  static {
    for (String t : List.of("char", "text", "html", "reference")) {
      KINDS.put(t, Kind.TEXT);
    }
    KINDS.put("selection", Kind.SELECTION);
    KINDS.put("integer", Kind.INTEGER);
    KINDS.put("many2one_reference", Kind.INTEGER);
    KINDS.put("float", Kind.DECIMAL);
    KINDS.put("monetary", Kind.DECIMAL);
    KINDS.put("date", Kind.DATE);
    KINDS.put("datetime", Kind.DATETIME);
    KINDS.put("boolean", Kind.BOOLEAN);
    KINDS.put("many2one", Kind.MANY2ONE);
    KINDS.put("one2many", Kind.X2MANY);
    KINDS.put("many2many", Kind.X2MANY);
    KINDS.put("binary", Kind.BINARY);
  }

  /** Names a record component cannot have (its own components and Object/Record methods). */
  private static final Set<String> RESERVED_COMPONENTS =
      Set.of(
          "id",
          "source",
          "hashCode",
          "toString",
          "equals",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "read");

  private final List<String> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final TreeMap<Integer, SchemaSnapshot> snapshots = new TreeMap<>();

  private Planner() {}

  /** The plan and the warnings (things that may be intended, such as version-only fields). */
  public record Result(List<Plan.Model> models, List<String> warnings) {}

  /**
   * Plans the generation.
   *
   * @throws CodegenException listing every problem
   */
  public static Result plan(GeneratorConfig config, List<SchemaSnapshot> snapshots) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(snapshots, "snapshots");
    Planner p = new Planner();
    List<Plan.Model> models = p.run(config, snapshots);
    if (!p.problems.isEmpty()) {
      throw new CodegenException(
          "cannot generate typed models: "
              + p.problems.size()
              + (p.problems.size() == 1 ? " problem" : " problems"),
          p.problems);
    }
    return new Result(List.copyOf(models), List.copyOf(p.warnings));
  }

  private List<Plan.Model> run(GeneratorConfig config, List<SchemaSnapshot> given) {
    if (given.isEmpty()) {
      problems.add("give at least one schema snapshot");
    }
    for (SchemaSnapshot s : given) {
      SchemaSnapshot old = snapshots.put(s.major(), s);
      if (old != null) {
        problems.add(
            "two snapshots of Odoo "
                + s.major()
                + " ("
                + old.serverVersion()
                + " and "
                + s.serverVersion()
                + "): give one snapshot per major version");
      }
    }
    if (!Names.isPackage(config.packageName())) {
      problems.add("'" + config.packageName() + "' is not a valid lower-case Java package name");
    }
    List<Plan.Model> out = new ArrayList<>();
    Set<String> modelNames = new HashSet<>();
    Set<String> typeNames = new HashSet<>();
    for (ModelConfig mc : config.models()) {
      if (!modelNames.add(mc.model())) {
        problems.add("model " + mc.model() + " is configured twice");
        continue;
      }
      Plan.Model m = model(mc);
      if (m == null) {
        continue;
      }
      List<String> types = new ArrayList<>();
      types.add(m.className());
      m.fields().stream()
          .filter(f -> f.selection() != null)
          .forEach(f -> types.add(f.selection().className()));
      for (String t : types) {
        if (!typeNames.add(t)) {
          problems.add(
              "two generated types would be called "
                  + t
                  + " (set className, or a javaName for the selection field)");
        }
      }
      out.add(m);
    }
    return out;
  }

  private Plan.Model model(ModelConfig mc) {
    String className = mc.optionalClassName().orElse(Names.pascal(mc.model()));
    if (!Names.isIdentifier(className) || !Character.isUpperCase(className.charAt(0))) {
      problems.add(mc.model() + ": '" + className + "' is not a valid Java class name");
      return null;
    }
    for (int major : mc.aliases().keySet()) {
      if (!snapshots.containsKey(major)) {
        problems.add(
            mc.model()
                + ": alias for Odoo "
                + major
                + " but no snapshot of Odoo "
                + major
                + " was given (snapshots: "
                + snapshots.keySet()
                + ")");
      }
    }
    SortedMap<Integer, String> names = new TreeMap<>();
    Map<Integer, SortedMap<String, SnapshotField>> fieldsByMajor = new TreeMap<>();
    boolean missing = false;
    for (SchemaSnapshot s : snapshots.values()) {
      String name = mc.aliases().getOrDefault(s.major(), mc.model());
      SortedMap<String, SnapshotField> fields = s.models().get(name);
      if (fields == null) {
        problems.add(
            "model "
                + (name.equals(mc.model()) ? name : name + " (alias of " + mc.model() + ")")
                + " is not in the snapshot of Odoo "
                + s.serverVersion()
                + Names.didYouMean(name, s.models().keySet())
                + (name.equals(mc.model())
                    ? " (if it has another name on that version, add an alias)"
                    : ""));
        missing = true;
        continue;
      }
      names.put(s.major(), name);
      fieldsByMajor.put(s.major(), fields);
    }
    if (missing || snapshots.isEmpty()) {
      return null;
    }
    List<Plan.Field> fields = new ArrayList<>();
    Set<String> seenFields = new HashSet<>();
    Set<String> javaNames = new HashSet<>();
    Set<String> constNames = new HashSet<>(Set.of("MODEL"));
    for (FieldConfig fc : mc.fields()) {
      String where = mc.model() + "." + fc.field();
      if (!seenFields.add(fc.field())) {
        problems.add(where + " is listed twice");
        continue;
      }
      if (fc.field().equals("id")) {
        problems.add(where + ": the id is always generated; remove it from the field list");
        continue;
      }
      Plan.Field f = field(mc, className, fc, fieldsByMajor, where);
      if (f == null) {
        continue;
      }
      if (!javaNames.add(f.javaName())) {
        problems.add(where + ": two fields would be called " + f.javaName() + " (set javaName)");
        continue;
      }
      String constName = f.constName();
      if (!constNames.add(constName)) {
        constName = constName + "_FIELD";
        constNames.add(constName);
        f =
            new Plan.Field(
                f.javaName(),
                constName,
                f.kind(),
                f.specs(),
                f.label(),
                f.latestType(),
                f.latestRelation(),
                f.required(),
                f.majors(),
                f.selection());
      }
      fields.add(f);
    }
    List<String> versions = new ArrayList<>();
    snapshots.values().forEach(s -> versions.add(s.serverVersion()));
    return new Plan.Model(className, names, fields, versions);
  }

  private Plan.Field field(
      ModelConfig mc,
      String className,
      FieldConfig fc,
      Map<Integer, SortedMap<String, SnapshotField>> fieldsByMajor,
      String where) {
    for (int major : fc.aliases().keySet()) {
      if (!snapshots.containsKey(major)) {
        problems.add(
            where + ": alias for Odoo " + major + " but no snapshot of Odoo " + major + " given");
      }
    }
    SortedMap<Integer, SnapshotField> found = new TreeMap<>();
    Map<Integer, String> wireNames = new TreeMap<>();
    for (Map.Entry<Integer, SortedMap<String, SnapshotField>> e : fieldsByMajor.entrySet()) {
      String name = fc.aliases().getOrDefault(e.getKey(), fc.field());
      SnapshotField f = e.getValue().get(name);
      if (f != null) {
        found.put(e.getKey(), f);
        wireNames.put(e.getKey(), name);
      } else if (!name.equals(fc.field())) {
        problems.add(
            where
                + ": alias '"
                + name
                + "' is not a field of "
                + mc.model()
                + " on Odoo "
                + e.getKey()
                + Names.didYouMean(name, e.getValue().keySet()));
      }
    }
    if (found.isEmpty()) {
      Set<String> all = new TreeSet<>();
      fieldsByMajor.values().forEach(m -> all.addAll(m.keySet()));
      problems.add(
          "unknown field '"
              + fc.field()
              + "' on "
              + mc.model()
              + " in every snapshot ("
              + majors(fieldsByMajor.keySet())
              + ")"
              + Names.didYouMean(fc.field(), all));
      return null;
    }
    if (found.size() < fieldsByMajor.size()) {
      Set<Integer> absent = new TreeSet<>(fieldsByMajor.keySet());
      absent.removeAll(found.keySet());
      warnings.add(
          where
              + " exists only on "
              + majors(found.keySet())
              + " (not on "
              + majors(absent)
              + "): it reads as null there; if it was renamed, declare an alias");
    }
    Kind kind = null;
    for (Map.Entry<Integer, SnapshotField> e : found.entrySet()) {
      Kind k = KINDS.get(e.getValue().type());
      if (k == null) {
        problems.add(
            where
                + ": Odoo type '"
                + e.getValue().type()
                + "' (Odoo "
                + e.getKey()
                + ") is not supported by typed models; supported: "
                + new TreeSet<>(KINDS.keySet()));
        return null;
      }
      if (k == Kind.SELECTION && fc.selectionAsText()) {
        k = Kind.TEXT;
      }
      if (kind != null && k != kind) {
        problems.add(
            where
                + ": the type differs between versions ("
                + describeTypes(found)
                + "); generate the versions separately or alias a field of the same type");
        return null;
      }
      kind = k;
    }
    if (fc.selectionAsText() && !"selection".equals(found.get(found.lastKey()).type())) {
      problems.add(where + ": selectionAsText is only for selection fields");
      return null;
    }
    String javaName = fc.optionalJavaName().orElse(Names.camel(fc.field()));
    if (!Names.isIdentifier(javaName)
        || !Character.isLowerCase(javaName.charAt(0))
        || RESERVED_COMPONENTS.contains(javaName)) {
      problems.add(
          where
              + ": '"
              + javaName
              + "' cannot be a record component name (reserved or not an identifier); set"
              + " javaName");
      return null;
    }
    List<FieldSpec> specs = specs(found, wireNames, kind == Kind.SELECTION);
    SnapshotField latest = found.get(found.lastKey());
    Selection selection = null;
    if (kind == Kind.SELECTION) {
      selection = selection(className + Names.pascal(javaName), found);
    }
    boolean required = found.values().stream().anyMatch(SnapshotField::required);
    return new Plan.Field(
        javaName,
        Names.constant(javaName),
        kind,
        specs,
        latest.label(),
        latest.type(),
        latest.relation(),
        required,
        Set.copyOf(found.keySet()),
        selection);
  }

  private static List<FieldSpec> specs(
      SortedMap<Integer, SnapshotField> found, Map<Integer, String> wireNames, boolean enumKeys) {
    Map<FieldSpec, List<Integer>> groups = new LinkedHashMap<>();
    for (Map.Entry<Integer, SnapshotField> e : found.entrySet()) {
      SnapshotField f = e.getValue();
      FieldSpec s = FieldSpec.of(wireNames.get(e.getKey()), f.type()).withRequired(f.required());
      if (f.relation() != null) {
        s = s.withRelation(f.relation());
      }
      if (enumKeys && f.selection() != null) {
        s = s.withSelection(f.selectionKeys().toArray(new String[0]));
      }
      groups.computeIfAbsent(s, k -> new ArrayList<>()).add(e.getKey());
    }
    List<FieldSpec> out = new ArrayList<>();
    groups.forEach(
        (s, majors) -> out.add(s.on(majors.stream().mapToInt(Integer::intValue).toArray())));
    out.sort(Comparator.comparing(s -> s.majors().get(0)));
    return out;
  }

  private static Selection selection(String enumName, SortedMap<Integer, SnapshotField> found) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Set<Integer>> majors = new LinkedHashMap<>();
    for (Map.Entry<Integer, SnapshotField> e : found.entrySet()) {
      for (List<String> pair : e.getValue().optionalSelection().orElse(List.of())) {
        labels.put(pair.get(0), pair.get(1));
        majors.computeIfAbsent(pair.get(0), k -> new TreeSet<>()).add(e.getKey());
      }
    }
    List<Constant> constants = new ArrayList<>();
    Set<String> used = new HashSet<>(Set.of("UNKNOWN"));
    for (Map.Entry<String, String> e : labels.entrySet()) {
      String base = Names.enumConstant(e.getKey());
      String name = base;
      if (used.contains(name)) {
        name = base + "_VALUE";
      }
      for (int i = 2; used.contains(name); i++) {
        name = base + "_" + i;
      }
      used.add(name);
      constants.add(new Constant(name, e.getKey(), e.getValue(), majors.get(e.getKey())));
    }
    return new Selection(enumName, constants);
  }

  private static String describeTypes(SortedMap<Integer, SnapshotField> found) {
    List<String> parts = new ArrayList<>();
    found.forEach((m, f) -> parts.add(f.type() + " on " + m));
    return String.join(", ", parts);
  }

  static String majors(Set<Integer> majors) {
    List<String> parts = new ArrayList<>();
    new LinkedHashSet<>(new TreeSet<>(majors)).forEach(m -> parts.add(String.valueOf(m)));
    return "Odoo " + String.join(", ", parts);
  }
}
