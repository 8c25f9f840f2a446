package io.github.odooconnector.core.api.externalid;

import java.util.Objects;

/**
 * What an external id points to. Immutable and thread-safe.
 *
 * @param externalId the external id
 * @param model the model of the record, for example {@code stock.warehouse}
 * @param id the record id
 */
public record ExternalRecord(ExternalId externalId, String model, long id) {

  /**
   * Validates the components.
   *
   * @param externalId external id
   * @param model model name
   * @param id positive record id
   */
  public ExternalRecord {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(model, "model");
    if (id <= 0) {
      throw new IllegalArgumentException(externalId + " points to a non-positive id " + id);
    }
  }
}
