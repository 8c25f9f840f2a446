package io.github.odooconnector.mapping;

import io.github.odooconnector.core.api.OdooRecord;
import java.util.Map;

/**
 * Maps one Odoo model to a canonical entity type and, where supported, back to Odoo values.
 *
 * <p>Implementations read fields only through their {@link FieldMap} so deployments can redirect fields. They must
 * be immutable and thread-safe.
 *
 * @param <T> the canonical type
 */
public interface OdooMapper<T> {

  /**
   * The field map this mapper reads through.
   *
   * @return the map
   */
  FieldMap fieldMap();

  /**
   * Builds the canonical entity from a record read with {@link FieldMap#odooFields()}.
   *
   * @param record the Odoo record
   * @return the canonical entity
   * @throws MappingException if a required value is missing or malformed
   */
  T toCanonical(OdooRecord record);

  /**
   * Builds the Odoo field values ({@code create}/{@code write} form) for a canonical entity.
   *
   * @param entity the canonical entity
   * @return field name to value
   * @throws UnsupportedOperationException if this mapper is read-only (the default)
   */
  default Map<String, Object> toOdoo(T entity) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not map back to Odoo");
  }
}
