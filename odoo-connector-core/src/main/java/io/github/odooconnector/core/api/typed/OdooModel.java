package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.ServerVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A generated Odoo model: its record type, its Odoo name per major version, its fields with their
 * embedded metadata, and the decoder from a raw record. Generated classes expose one as {@code
 * MODEL}; pass it to {@code OdooClient.model(...)} for a typed repository or to {@code
 * OdooClient.schema().verify(...)} to check it against a live server. Immutable and thread-safe.
 *
 * @param <R> the generated record type
 */
public final class OdooModel<R extends TypedRecord> {

  private final Class<R> recordType;
  private final SortedMap<Integer, String> names;
  private final List<Field<R, ?>> fields;
  private final Function<RecordReader, R> decoder;
  private final ModelSchema schema;

  private OdooModel(Builder<R> b) {
    this.recordType = b.recordType;
    this.names = Collections.unmodifiableSortedMap(new TreeMap<>(b.names));
    this.fields = List.copyOf(b.fields);
    this.decoder = b.decoder;
    List<FieldSchema> fieldSchemas = new ArrayList<>();
    Set<String> javaNames = new HashSet<>();
    Map<Integer, Set<String>> wireNames = new HashMap<>();
    for (Field<R, ?> f : fields) {
      if (f.owner() != recordType) {
        throw new IllegalArgumentException(
            f + " belongs to " + f.owner().getName() + ", not " + recordType.getName());
      }
      if (!javaNames.add(f.javaName())) {
        throw new IllegalArgumentException(f + " is declared twice");
      }
      for (FieldSpec s : f.schema().specs()) {
        for (int m : s.majors()) {
          if (!wireNames.computeIfAbsent(m, k -> new HashSet<>()).add(s.name())) {
            throw new IllegalArgumentException(
                recordType.getSimpleName() + ": two fields are called '" + s.name() + "' on " + m);
          }
        }
      }
      fieldSchemas.add(f.schema());
    }
    this.schema = new ModelSchema(recordType.getSimpleName(), names, fieldSchemas);
  }

  /**
   * Starts declaring a model (used by generated code).
   *
   * @param <R> the record type
   * @param recordType the generated record class
   * @param decoder builds a record from a reader, typically {@code SaleOrder::read}
   * @return a builder
   */
  public static <R extends TypedRecord> Builder<R> builder(
      Class<R> recordType, Function<RecordReader, R> decoder) {
    return new Builder<>(recordType, decoder);
  }

  /**
   * The generated record class.
   *
   * @return the record type
   */
  public Class<R> recordType() {
    return recordType;
  }

  /**
   * The Odoo model name on the newest version the model was generated for.
   *
   * @return the model name, for example {@code "sale.order"}
   */
  public String name() {
    return names.get(names.lastKey());
  }

  /**
   * The Odoo model name on a server version.
   *
   * @param version the server version
   * @return the model name on that version
   * @throws OdooVersionMismatchException if the model was not generated for that major version
   */
  public String name(ServerVersion version) {
    Objects.requireNonNull(version, "version");
    String n = names.get(version.major());
    if (n == null) {
      throw new OdooVersionMismatchException(
          recordType.getSimpleName()
              + " ("
              + name()
              + ") was generated for Odoo "
              + names.keySet()
              + " but the server runs Odoo "
              + version
              + ": regenerate it from a snapshot of that version (docs/typed-models.md) and"
              + " check the differences with odoo.schema().verify(...)",
          name(),
          version);
    }
    return n;
  }

  /**
   * Tells whether the model was generated for a server's major version.
   *
   * @param version the server version
   * @return {@code true} if typed calls may use it on that server
   */
  public boolean supports(ServerVersion version) {
    return names.containsKey(Objects.requireNonNull(version, "version").major());
  }

  /**
   * The major versions the model was generated for.
   *
   * @return the versions, ascending
   */
  public Set<Integer> majors() {
    return names.keySet();
  }

  /**
   * The fields, in declaration order.
   *
   * @return the fields
   */
  public List<Field<R, ?>> fields() {
    return fields;
  }

  /**
   * The wire names to read on a server version: every field that exists there.
   *
   * @param version the server version
   * @return the field names
   * @throws OdooVersionMismatchException if the model was not generated for that major version
   */
  public List<String> fieldNames(ServerVersion version) {
    name(version);
    List<String> out = new ArrayList<>(fields.size());
    for (Field<R, ?> f : fields) {
      if (f.isAvailableIn(version)) {
        out.add(f.name(version));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Decodes a raw record read on a server version (with {@link #fieldNames(ServerVersion)}).
   *
   * @param record the raw record
   * @param version the version it was read from
   * @return the typed record
   * @throws io.github.odooconnector.core.api.OdooProtocolException if a value has an unexpected
   *     shape
   */
  public R decode(OdooRecord record, ServerVersion version) {
    Objects.requireNonNull(record, "record");
    name(version);
    return decoder.apply(new RecordReader(record, version));
  }

  /**
   * The embedded metadata, for schema verification.
   *
   * @return the schema
   */
  public ModelSchema schema() {
    return schema;
  }

  @Override
  public String toString() {
    return "OdooModel[" + recordType.getSimpleName() + " " + names + "]";
  }

  /**
   * Declares an {@link OdooModel}. Not thread-safe; used once by generated code.
   *
   * @param <R> the record type
   */
  public static final class Builder<R extends TypedRecord> {

    private final Class<R> recordType;
    private final Function<RecordReader, R> decoder;
    private final Map<Integer, String> names = new TreeMap<>();
    private final List<Field<R, ?>> fields = new ArrayList<>();

    private Builder(Class<R> recordType, Function<RecordReader, R> decoder) {
      this.recordType = Objects.requireNonNull(recordType, "recordType");
      this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * The model's Odoo name on some major versions.
     *
     * @param name the model name, for example {@code "stock.quant.package"}
     * @param majors the versions using that name, for example {@code 17, 18}
     * @return this builder
     */
    public Builder<R> name(String name, int... majors) {
      Objects.requireNonNull(name, "name");
      if (majors.length == 0) {
        throw new IllegalArgumentException("name " + name + " needs at least one major version");
      }
      for (int m : majors) {
        if (m <= 0) {
          throw new IllegalArgumentException("major versions must be positive, got " + m);
        }
        String old = names.put(m, name);
        if (old != null) {
          throw new IllegalArgumentException(
              "Odoo " + m + " already has the name " + old + " for " + recordType.getSimpleName());
        }
      }
      return this;
    }

    /**
     * The model's fields.
     *
     * @param newFields the fields, in the order of the record components
     * @return this builder
     */
    @SafeVarargs
    public final Builder<R> fields(Field<R, ?>... newFields) {
      for (Field<R, ?> f : newFields) {
        fields.add(Objects.requireNonNull(f, "field"));
      }
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the model
     * @throws IllegalArgumentException if no name was given, a field belongs to another type or
     *     describes a version without a name, or two fields share a wire name
     */
    public OdooModel<R> build() {
      if (names.isEmpty()) {
        throw new IllegalArgumentException(recordType.getSimpleName() + " needs a model name");
      }
      return new OdooModel<>(this);
    }
  }
}
