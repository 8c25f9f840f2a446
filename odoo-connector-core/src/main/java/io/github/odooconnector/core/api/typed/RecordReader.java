package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.ServerVersion;
import java.util.Objects;

/**
 * Hands a raw record to the decoder of a generated model: {@link #get(Field)} decodes one field
 * under its wire name on the server version the record was read from. Used by generated code; not
 * shared between threads (it lives for one decode).
 */
public final class RecordReader {

  private final OdooRecord source;
  private final ServerVersion version;

  RecordReader(OdooRecord source, ServerVersion version) {
    this.source = Objects.requireNonNull(source, "source");
    this.version = Objects.requireNonNull(version, "version");
  }

  /**
   * The record id.
   *
   * @return the id
   */
  public long id() {
    return source.id();
  }

  /**
   * The raw record.
   *
   * @return the record as Odoo sent it
   */
  public OdooRecord source() {
    return source;
  }

  /**
   * Decodes a field.
   *
   * @param <T> the value type
   * @param field a field of the model being decoded
   * @return the value; {@code null} when Odoo sent {@code false} (empty), or when the field does
   *     not exist on the record's version (x2many fields: an empty list when empty)
   * @throws io.github.odooconnector.core.api.OdooProtocolException if the value has an unexpected
   *     shape (naming the field)
   */
  public <T> T get(Field<?, T> field) {
    Objects.requireNonNull(field, "field");
    if (!field.isAvailableIn(version)) {
      return null;
    }
    return field.decode(source, field.name(version));
  }
}
