package io.github.odooconnector.codegen.internal;

import io.github.odooconnector.core.api.typed.FieldSpec;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/** What the generator will write, merged across the snapshots' versions. */
public final class Plan {

  private Plan() {}

  /** The Java shape of a field. */
  public enum Kind {
    TEXT("String", "TextField", "of"),
    INTEGER("Long", "ComparableField", "integer"),
    DECIMAL("BigDecimal", "ComparableField", "decimal"),
    DATE("LocalDate", "ComparableField", "date"),
    DATETIME("Instant", "ComparableField", "dateTime"),
    BOOLEAN("Boolean", "BooleanField", "of"),
    MANY2ONE("Many2one", "Many2oneField", "of"),
    X2MANY("List<Long>", "X2manyField", "of"),
    SELECTION(null, "SelectionField", "of"),
    BINARY("byte[]", "BinaryField", "of");

    final String javaType;
    final String fieldClass;
    final String factory;

    Kind(String javaType, String fieldClass, String factory) {
      this.javaType = javaType;
      this.fieldClass = fieldClass;
      this.factory = factory;
    }
  }

  /** One model. */
  public record Model(
      String className,
      SortedMap<Integer, String> names,
      List<Field> fields,
      List<String> serverVersions) {}

  /** One field. */
  public record Field(
      String javaName,
      String constName,
      Kind kind,
      List<FieldSpec> specs,
      String label,
      String latestType,
      String latestRelation,
      boolean required,
      Set<Integer> majors,
      Selection selection) {}

  /** The enum of a selection field. */
  public record Selection(String className, List<Constant> constants) {}

  /** One enum constant. */
  public record Constant(String name, String key, String label, Set<Integer> majors) {}
}
