package io.github.odooconnector.mapping;

import io.github.odooconnector.common.OdooConnectorException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown when an Odoo record cannot be turned into a canonical entity (or back): a required field
 * is missing or has an unexpected shape, a unit of measure is unknown, a field map names no field
 * for a key.
 *
 * <p>The message names the model, the record id and the field; it never contains field values that
 * could be secrets. Mapping errors are permanent: retrying the same record gives the same error
 * until the data or the {@link FieldMap} is fixed.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class MappingException extends OdooConnectorException {

  private static final long serialVersionUID = 1L;

  /** Odoo model, for example {@code stock.picking}. */
  private final String model;

  /** Record id, or 0 when unknown. */
  private final long recordId;

  /** Odoo field name, or null when the error is not about one field. */
  private final String field;

  /**
   * Creates a mapping error.
   *
   * @param model the Odoo model being mapped
   * @param recordId the record id, or 0 when unknown
   * @param field the Odoo field at fault, or null
   * @param message what is wrong
   */
  public MappingException(String model, long recordId, String field, String message) {
    this(model, recordId, field, message, null);
  }

  /**
   * Creates a mapping error with a cause.
   *
   * @param model the Odoo model being mapped
   * @param recordId the record id, or 0 when unknown
   * @param field the Odoo field at fault, or null
   * @param message what is wrong
   * @param cause the underlying error, or null
   */
  public MappingException(
      String model, long recordId, String field, String message, Throwable cause) {
    super(format(model, recordId, field, message), cause);
    this.model = Objects.requireNonNull(model, "model");
    this.recordId = recordId;
    this.field = field;
  }

  private static String format(String model, long recordId, String field, String message) {
    StringBuilder sb = new StringBuilder(String.valueOf(model));
    if (recordId > 0) {
      sb.append('(').append(recordId).append(')');
    }
    if (field != null) {
      sb.append('.').append(field);
    }
    return sb.append(": ").append(message).toString();
  }

  /**
   * The Odoo model being mapped.
   *
   * @return the model name
   */
  public String model() {
    return model;
  }

  /**
   * The id of the record being mapped.
   *
   * @return the id, empty when the error is not about one record
   */
  public OptionalLong recordId() {
    return recordId > 0 ? OptionalLong.of(recordId) : OptionalLong.empty();
  }

  /**
   * The Odoo field at fault.
   *
   * @return the field name, empty when the error is not about one field
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
