package io.github.odooconnector.codegen.internal;

import io.github.odooconnector.codegen.internal.Plan.Constant;
import io.github.odooconnector.codegen.internal.Plan.Field;
import io.github.odooconnector.codegen.internal.Plan.Kind;
import io.github.odooconnector.codegen.internal.Plan.Model;
import io.github.odooconnector.core.api.typed.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the Java sources of a plan: deterministic output (no dates), lines of at most 100 columns,
 * every public member documented, imports sorted and used.
 */
public final class JavaEmitter {

  static final int WIDTH = 100;
  private static final String CORE_TYPED = "io.github.odooconnector.core.api.typed";

  private final String pkg;

  /** An emitter for a package. */
  public JavaEmitter(String pkg) {
    this.pkg = pkg;
  }

  /** Relative path to content, for every type of a model. */
  public Map<String, String> emit(Model m) {
    Map<String, String> out = new TreeMap<>();
    String dir = pkg.replace('.', '/') + "/";
    out.put(dir + m.className() + ".java", record(m));
    for (Field f : m.fields()) {
      if (f.selection() != null) {
        out.put(dir + f.selection().className() + ".java", enumeration(m, f));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------- record

  private String record(Model m) {
    String c = m.className();
    Set<String> imports = new TreeSet<>();
    imports.add("io.github.odooconnector.core.api.OdooRecord");
    imports.add("io.github.odooconnector.core.api.typed.FieldSpec");
    imports.add("io.github.odooconnector.core.api.typed.OdooModel");
    imports.add("io.github.odooconnector.core.api.typed.RecordReader");
    imports.add("io.github.odooconnector.core.api.typed.TypedRecord");
    boolean optional = false;
    for (Field f : m.fields()) {
      imports.add("io.github.odooconnector.core.api.typed." + f.kind().fieldClass);
      switch (f.kind()) {
        case DECIMAL -> imports.add("java.math.BigDecimal");
        case DATE -> imports.add("java.time.LocalDate");
        case DATETIME -> imports.add("java.time.Instant");
        case MANY2ONE -> imports.add("io.github.odooconnector.core.api.Many2one");
        case X2MANY -> {
          imports.add("java.util.List");
          imports.add("java.util.Objects");
        }
        default -> {}
      }
      if (f.kind() != Kind.X2MANY) {
        optional = true;
      }
    }
    if (optional) {
      imports.add("java.util.Optional");
    }
    StringBuilder b = new StringBuilder();
    header(b, m);
    b.append("package ").append(pkg).append(";\n\n");
    for (String i : imports) {
      b.append("import ").append(i).append(";\n");
    }
    b.append('\n');

    // type javadoc
    List<String> doc = new ArrayList<>();
    doc.add(
        "Odoo model "
            + modelNames(m)
            + ", generated for "
            + Planner.majors(m.names().keySet())
            + ". Pass "
            + "{@link #MODEL} to {@code odoo.model(...)} for typed reads and writes, and to {@code"
            + " odoo.schema().verify(...)} to check it against a live server.");
    doc.add("");
    doc.add(
        "<p>A component is {@code null} when Odoo sent no value ({@code false}) or when its field"
            + " does not exist on the version the record was read from (each field says where it"
            + " exists); one2many and many2many components are empty lists instead. Immutable"
            + " and thread-safe (do not modify {@code byte[]} components).");
    doc.add("");
    doc.add("@param id the record id");
    for (Field f : m.fields()) {
      doc.add("@param " + f.javaName() + " " + summary(f, m));
    }
    doc.add("@param source the record as Odoo sent it (wire names of the version read)");
    JavaEmitterText.javadoc(b, "", doc);
    b.append("public record ").append(c).append("(\n");
    b.append("    long id,\n");
    for (Field f : m.fields()) {
      b.append("    ").append(javaType(f)).append(' ').append(f.javaName()).append(",\n");
    }
    b.append("    OdooRecord source)\n");
    b.append("    implements TypedRecord {\n");

    // field constants
    for (Field f : m.fields()) {
      b.append('\n');
      JavaEmitterText.javadoc(b, "  ", List.of(summary(f, m) + "."));
      String decl = "  public static final " + fieldType(c, f) + " " + f.constName() + " =";
      String in = "      ";
      if (decl.length() > WIDTH) {
        b.append("  public static final ").append(fieldType(c, f)).append('\n');
        b.append("      ").append(f.constName()).append(" =\n");
        in = "          ";
      } else {
        b.append(decl).append('\n');
      }
      b.append(in).append(f.kind().fieldClass).append('.').append(f.kind().factory);
      b.append("(\n");
      b.append(in).append("    ").append(c).append(".class,\n");
      b.append(in).append("    ").append(JavaEmitterText.literal(f.javaName())).append(",\n");
      if (f.selection() != null) {
        b.append(in).append("    ").append(f.selection().className()).append(".class,\n");
      }
      for (int i = 0; i < f.specs().size(); i++) {
        spec(b, in + "    ", f.specs().get(i), i == f.specs().size() - 1 ? ");" : ",");
      }
    }

    // model constant
    b.append('\n');
    JavaEmitterText.javadoc(
        b,
        "  ",
        List.of(
            "The model "
                + modelNames(m)
                + " with its fields and their metadata per version, for {@code odoo.model(...)}"
                + " and {@code odoo.schema().verify(...)}."));
    b.append("  public static final OdooModel<").append(c).append("> MODEL =\n");
    b.append("      OdooModel.builder(").append(c).append(".class, ").append(c);
    b.append("::read)\n");
    Map<String, List<Integer>> byName = new TreeMap<>();
    m.names()
        .forEach((major, name) -> byName.computeIfAbsent(name, k -> new ArrayList<>()).add(major));
    List<Map.Entry<String, List<Integer>>> names = new ArrayList<>(byName.entrySet());
    names.sort((x, y) -> Integer.compare(x.getValue().get(0), y.getValue().get(0)));
    for (Map.Entry<String, List<Integer>> e : names) {
      b.append("          .name(").append(JavaEmitterText.literal(e.getKey()));
      for (int major : e.getValue()) {
        b.append(", ").append(major);
      }
      b.append(")\n");
    }
    List<String> consts = new ArrayList<>();
    m.fields().forEach(f -> consts.add(f.constName()));
    call(b, "          ", ".fields(", consts, ")");
    b.append("          .build();\n");

    // field names
    b.append('\n');
    JavaEmitterText.javadoc(
        b,
        "  ",
        List.of(
            "The fields' wire names on Odoo "
                + m.names().lastKey()
                + ", for the untyped {@code OdooClient} API. Fields renamed between versions are"
                + " better used through the typed constants, which resolve the name per version."));
    b.append("  public static final class FieldNames {\n");
    for (Field f : m.fields()) {
      JavaEmitterText.javadoc(b, "    ", List.of(JavaEmitterText.code(latestName(f)) + "."));
      b.append("    public static final String ")
          .append(f.constName())
          .append(" = ")
          .append(JavaEmitterText.literal(latestName(f)))
          .append(";\n");
      b.append('\n');
    }
    b.append("    private FieldNames() {}\n");
    b.append("  }\n");

    // optional accessors
    for (Field f : m.fields()) {
      if (f.kind() == Kind.X2MANY) {
        continue;
      }
      String upper = Character.toUpperCase(f.javaName().charAt(0)) + f.javaName().substring(1);
      b.append('\n');
      JavaEmitterText.javadoc(
          b,
          "  ",
          List.of(
              "{@link #" + f.javaName() + "()} as an optional.",
              "",
              "@return the value; empty when Odoo sent none, or when the field does not exist on"
                  + " the version the record was read from"));
      b.append("  public Optional<")
          .append(javaType(f))
          .append("> optional")
          .append(upper)
          .append("() {\n");
      b.append("    return Optional.ofNullable(").append(f.javaName()).append(");\n");
      b.append("  }\n");
    }

    // decoder
    b.append('\n');
    b.append("  private static ").append(c).append(" read(RecordReader r) {\n");
    b.append("    return new ").append(c).append("(\n");
    b.append("        r.id(),\n");
    for (Field f : m.fields()) {
      if (f.kind() == Kind.X2MANY) {
        b.append("        Objects.requireNonNullElse(r.get(")
            .append(f.constName())
            .append("), List.of()),\n");
      } else {
        b.append("        r.get(").append(f.constName()).append("),\n");
      }
    }
    b.append("        r.source());\n");
    b.append("  }\n");
    b.append("}\n");
    return b.toString();
  }

  private void spec(StringBuilder b, String in, FieldSpec s, String end) {
    List<String> parts = new ArrayList<>();
    parts.add(
        "FieldSpec.of("
            + JavaEmitterText.literal(s.name())
            + ", "
            + JavaEmitterText.literal(s.type())
            + ")");
    if (s.relation() != null) {
      parts.add(".withRelation(" + JavaEmitterText.literal(s.relation()) + ")");
    }
    if (s.required()) {
      parts.add(".withRequired(true)");
    }
    String selection = null;
    if (s.selection() != null) {
      List<String> keys = new ArrayList<>();
      s.selection().forEach(k -> keys.add(JavaEmitterText.literal(k)));
      selection = ".withSelection(" + String.join(", ", keys) + ")";
      parts.add(selection);
    }
    List<String> majors = new ArrayList<>();
    s.majors().forEach(mj -> majors.add(String.valueOf(mj)));
    parts.add(".on(" + String.join(", ", majors) + ")");
    String one = in + String.join("", parts) + end;
    if (one.length() <= WIDTH) {
      b.append(one).append('\n');
      return;
    }
    b.append(in).append(parts.get(0)).append('\n');
    for (int i = 1; i < parts.size(); i++) {
      String p = parts.get(i);
      String line = in + "    " + p + (i == parts.size() - 1 ? end : "");
      if (p == selection && line.length() > WIDTH) {
        List<String> keys = new ArrayList<>();
        s.selection().forEach(k -> keys.add(JavaEmitterText.literal(k)));
        call(b, in + "    ", ".withSelection(", keys, i == parts.size() - 1 ? ")" + end : ")");
      } else {
        b.append(line).append('\n');
      }
    }
  }

  /** {@code prefix(a, b, c)suffix} on one line, or one argument per line when too long. */
  private static void call(
      StringBuilder b, String indent, String open, List<String> args, String close) {
    String one = indent + open + String.join(", ", args) + close;
    if (one.length() <= WIDTH) {
      b.append(one).append('\n');
      return;
    }
    b.append(indent).append(open).append('\n');
    for (int i = 0; i < args.size(); i++) {
      b.append(indent)
          .append("    ")
          .append(args.get(i))
          .append(i == args.size() - 1 ? close : ",")
          .append('\n');
    }
  }

  private static String fieldType(String c, Field f) {
    return switch (f.kind()) {
      case TEXT, BOOLEAN, MANY2ONE, X2MANY, BINARY -> f.kind().fieldClass + "<" + c + ">";
      case SELECTION -> "SelectionField<" + c + ", " + f.selection().className() + ">";
      default -> "ComparableField<" + c + ", " + f.kind().javaType + ">";
    };
  }

  private static String javaType(Field f) {
    return f.kind() == Kind.SELECTION ? f.selection().className() : f.kind().javaType;
  }

  private static String latestName(Field f) {
    return f.specs().get(f.specs().size() - 1).name();
  }

  /** "{@code partner_id}: Customer (many2one to res.partner, required); Odoo 18, 19 only". */
  private static String summary(Field f, Model m) {
    StringBuilder s = new StringBuilder();
    s.append(JavaEmitterText.code(latestName(f)))
        .append(": ")
        .append(JavaEmitterText.html(f.label()));
    s.append(" (").append(f.latestType());
    if (f.latestRelation() != null) {
      s.append(" to ").append(f.latestRelation());
    }
    if (f.required()) {
      s.append(", required");
    }
    s.append(')');
    Set<String> names = new TreeSet<>();
    f.specs().forEach(sp -> names.add(sp.name()));
    if (names.size() > 1) {
      List<String> per = new ArrayList<>();
      for (FieldSpec sp : f.specs()) {
        per.add(JavaEmitterText.code(sp.name()) + " on " + Planner.majors(Set.copyOf(sp.majors())));
      }
      s.append("; called ").append(String.join(", ", per));
    }
    Set<Integer> all = new TreeSet<>();
    f.specs().forEach(sp -> all.addAll(sp.majors()));
    if (!all.equals(m.names().keySet())) {
      s.append("; exists on ").append(Planner.majors(all)).append(" only");
    }
    return s.toString();
  }

  // --------------------------------------------------------------------------------------- enum

  private String enumeration(Model m, Field f) {
    String e = f.selection().className();
    Set<Integer> majors = new TreeSet<>(m.names().keySet());
    StringBuilder b = new StringBuilder();
    header(b, m);
    b.append("package ").append(pkg).append(";\n\n");
    b.append("import ").append(CORE_TYPED).append(".OdooSelection;\n\n");
    JavaEmitterText.javadoc(
        b,
        "",
        List.of(
            "Values of "
                + JavaEmitterText.code(m.names().get(m.names().lastKey()) + "." + latestName(f))
                + " ({@link "
                + m.className()
                + "#"
                + f.constName()
                + "}), generated for "
                + Planner.majors(majors)
                + ". {@link #UNKNOWN} stands for a value added to Odoo after generation; the raw"
                + " key stays readable with {@code "
                + m.className()
                + "."
                + f.constName()
                + ".rawValue(record)}. Immutable and thread-safe."));
    b.append("public enum ").append(e).append(" implements OdooSelection {\n");
    for (Constant k : f.selection().constants()) {
      String only =
          k.majors().equals(f.majors()) ? "" : " Only on " + Planner.majors(k.majors()) + ".";
      JavaEmitterText.javadoc(
          b,
          "  ",
          List.of(
              JavaEmitterText.code(k.key()) + ": " + JavaEmitterText.html(k.label()) + "." + only));
      b.append("  ")
          .append(k.name())
          .append('(')
          .append(JavaEmitterText.literal(k.key()))
          .append("),\n");
    }
    JavaEmitterText.javadoc(
        b,
        "  ",
        List.of(
            "A value this build does not know (added to Odoo after generation); read the raw key"
                + " with {@code "
                + m.className()
                + "."
                + f.constName()
                + ".rawValue(record)}."));
    b.append("  UNKNOWN(null);\n\n");
    b.append("  private final String value;\n\n");
    b.append("  ").append(e).append("(String value) {\n");
    b.append("    this.value = value;\n");
    b.append("  }\n\n");
    b.append("  @Override\n");
    b.append("  public String value() {\n");
    b.append("    if (value == null) {\n");
    b.append("      throw new IllegalStateException(\n");
    b.append("          \"UNKNOWN has no Odoo key: read it with \"\n");
    b.append("              + \"")
        .append(m.className())
        .append('.')
        .append(f.constName())
        .append(".rawValue(record)\");\n");
    b.append("    }\n");
    b.append("    return value;\n");
    b.append("  }\n\n");
    b.append("  @Override\n");
    b.append("  public boolean isUnknown() {\n");
    b.append("    return value == null;\n");
    b.append("  }\n");
    b.append("}\n");
    return b.toString();
  }

  // ------------------------------------------------------------------------------------ helpers

  private static void header(StringBuilder b, Model m) {
    String text =
        "Generated by odoo-connector-codegen from the schema snapshots of Odoo "
            + String.join(", ", m.serverVersions())
            + ". Do not edit: change the configuration and regenerate.";
    for (String line : JavaEmitterText.wrap(text, WIDTH - 3)) {
      b.append("// ").append(line).append('\n');
    }
  }

  private static String modelNames(Model m) {
    Set<String> names = new TreeSet<>(m.names().values());
    if (names.size() == 1) {
      return JavaEmitterText.code(names.iterator().next());
    }
    List<String> per = new ArrayList<>();
    Map<String, List<Integer>> byName = new TreeMap<>();
    m.names().forEach((mj, n) -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(mj));
    byName.forEach(
        (n, mjs) -> per.add(JavaEmitterText.code(n) + " on " + Planner.majors(Set.copyOf(mjs))));
    return JavaEmitterText.code(m.names().get(m.names().lastKey()))
        + " ("
        + String.join(", ", per)
        + ")";
  }
}
