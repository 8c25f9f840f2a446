package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.ServerVersion;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A field of a generated model, typed by the model's record type {@code R} and the Java type {@code
 * T} its values decode to. Conditions built from a field ({@code
 * SaleOrder.STATE.eq(SaleOrderState.SALE)}) only combine with conditions on the same model, so the
 * compiler rejects a stock-move field in a sale-order query. The field knows its wire name on each
 * Odoo major version it was generated for; {@link #name(ServerVersion)} resolves it for the
 * connected server. Subclasses offer the operators that make sense for the type. Immutable and
 * thread-safe.
 *
 * @param <R> the generated record type owning the field
 * @param <T> the decoded value type
 */
public abstract class Field<R, T> {

  private final Class<R> owner;
  private final FieldSchema schema;

  Field(Class<R> owner, String javaName, FieldSpec[] specs, Set<String> odooTypes) {
    this.owner = Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(specs, "specs");
    this.schema = new FieldSchema(javaName, Arrays.asList(specs));
    for (FieldSpec s : specs) {
      if (!odooTypes.contains(s.type())) {
        throw new IllegalArgumentException(
            owner.getSimpleName()
                + "."
                + javaName
                + ": Odoo type '"
                + s.type()
                + "' does not fit "
                + getClass().getSimpleName()
                + " (expected one of "
                + new TreeSet<>(odooTypes)
                + ")");
      }
    }
  }

  /**
   * The generated record type this field belongs to.
   *
   * @return the owner type
   */
  public final Class<R> owner() {
    return owner;
  }

  /**
   * The field's Java name, for example {@code partnerId}.
   *
   * @return the Java name
   */
  public final String javaName() {
    return schema.javaName();
  }

  /**
   * The field's metadata per Odoo major version, as embedded at generation time.
   *
   * @return the schema
   */
  public final FieldSchema schema() {
    return schema;
  }

  /**
   * The wire name on the newest Odoo version the field was generated for. Prefer {@link
   * #name(ServerVersion)} for fields renamed between versions.
   *
   * @return the technical name, for example {@code "partner_id"}
   */
  public final String name() {
    FieldSpec newest = schema.specs().get(0);
    for (FieldSpec s : schema.specs()) {
      if (last(s) > last(newest)) {
        newest = s;
      }
    }
    return newest.name();
  }

  private static int last(FieldSpec s) {
    return s.majors().get(s.majors().size() - 1);
  }

  /**
   * The wire name on a server version.
   *
   * @param version the server version
   * @return the technical name on that version
   * @throws FieldNotAvailableException if the field does not exist on that major version
   */
  public final String name(ServerVersion version) {
    return spec(version).name();
  }

  /**
   * Tells whether the field exists on a server version.
   *
   * @param version the server version
   * @return {@code true} if a spec covers its major version
   */
  public final boolean isAvailableIn(ServerVersion version) {
    Objects.requireNonNull(version, "version");
    return schema.spec(version.major()).isPresent();
  }

  /**
   * The spec for a server version.
   *
   * @param version the server version
   * @return the spec
   * @throws FieldNotAvailableException if the field does not exist on that major version
   */
  public final FieldSpec spec(ServerVersion version) {
    Objects.requireNonNull(version, "version");
    Optional<FieldSpec> s = schema.spec(version.major());
    if (s.isEmpty()) {
      throw new FieldNotAvailableException(
          this + " does not exist on Odoo " + version + " (it was generated for " + majors() + ")",
          version);
    }
    return s.get();
  }

  /**
   * The condition "the field has a value" ({@code [name, "!=", false]}).
   *
   * @return the condition
   */
  public final Condition<R> isSet() {
    return Condition.leaf(this, "!=", false);
  }

  /**
   * The condition "the field is empty" ({@code [name, "=", false]}).
   *
   * @return the condition
   */
  public final Condition<R> isNotSet() {
    return Condition.leaf(this, "=", false);
  }

  String majors() {
    TreeSet<Integer> all = new TreeSet<>();
    schema.specs().forEach(s -> all.addAll(s.majors()));
    StringBuilder b = new StringBuilder("Odoo ");
    int i = 0;
    for (int m : all) {
      b.append(i++ == 0 ? "" : ", ").append(m);
    }
    return b.toString();
  }

  /**
   * Decodes the field's value from a record read on a version where the field is called {@code
   * wireName}.
   */
  abstract T decode(OdooRecord record, String wireName);

  /** The value as sent to Odoo (before the client's own wire conversion). */
  Object encode(T value) {
    return value;
  }

  /** Checks a value against the spec of the connected version before anything is sent. */
  void check(T value, FieldSpec spec, ServerVersion version) {
    // most types accept every value of their Java type
  }

  /** The value used when the field is cleared ({@code false}, or a clear command for x2many). */
  Object clearValue() {
    return false;
  }

  @Override
  public final String toString() {
    return owner.getSimpleName() + "." + schema.javaName();
  }
}
