package io.github.odooconnector.wms.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Odoo field on {@code stock.picking} that records that a picking was handed to the WMS, so it
 * is sent once.
 *
 * <p>A {@linkplain #charField(String) char field} (recommended, for example a custom {@code
 * x_wms_ref}) receives the WMS's order id; a {@linkplain #booleanField(String) boolean field}
 * receives {@code true}. Pickings whose marker is set are never released again.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the Odoo field name
 * @param kind how the field is written
 */
public record ReleaseMarker(String field, Kind kind) {

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  /** How the marker field is written. */
  public enum Kind {
    /** A char field that receives the WMS order id (or ASN id). */
    CHAR,
    /** A boolean field that receives {@code true}. */
    BOOLEAN
  }

  /**
   * Validates.
   *
   * @param field the field name
   * @param kind the kind
   */
  public ReleaseMarker {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    if (!NAME.matcher(field).matches()) {
      throw new IllegalArgumentException(
          "invalid Odoo field name for release marker: '" + field + "'");
    }
  }

  /**
   * A char field receiving the WMS id.
   *
   * @param field the field name, for example {@code x_wms_ref}
   * @return the marker
   */
  public static ReleaseMarker charField(String field) {
    return new ReleaseMarker(field, Kind.CHAR);
  }

  /**
   * A boolean field receiving {@code true}.
   *
   * @param field the field name, for example {@code x_wms_released}
   * @return the marker
   */
  public static ReleaseMarker booleanField(String field) {
    return new ReleaseMarker(field, Kind.BOOLEAN);
  }

  /**
   * The value written when releasing.
   *
   * @param wmsId the WMS id
   * @return the value to write
   */
  public Object valueFor(String wmsId) {
    return kind == Kind.CHAR ? wmsId : Boolean.TRUE;
  }
}
