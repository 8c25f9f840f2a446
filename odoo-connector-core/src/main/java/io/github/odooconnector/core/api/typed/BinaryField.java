package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooRecord;
import java.util.Set;

/**
 * A binary field of a generated model; values decode from base64 to {@code byte[]}. Immutable and
 * thread-safe.
 *
 * @param <R> the generated record type owning the field
 */
public final class BinaryField<R> extends Field<R, byte[]> {

  private BinaryField(Class<R> owner, String javaName, FieldSpec[] specs) {
    super(owner, javaName, specs, Set.of("binary"));
  }

  /**
   * Declares a binary field (used by generated code).
   *
   * @param <R> the owner type
   * @param owner the generated record type
   * @param javaName the Java name
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R> BinaryField<R> of(Class<R> owner, String javaName, FieldSpec... specs) {
    return new BinaryField<>(owner, javaName, specs);
  }

  @Override
  byte[] decode(OdooRecord record, String wireName) {
    return record.binary(wireName).orElse(null);
  }

  @Override
  Object encode(byte[] value) {
    return value.clone();
  }
}
