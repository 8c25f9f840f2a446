package io.github.odooconnector.core.api.externalid;

import java.util.Objects;

/**
 * The outcome of a create-or-update by external id. Immutable and thread-safe.
 *
 * @param externalId the external id
 * @param model the record's model
 * @param id the record id
 * @param created {@code true} if the record was created (also when the external id pointed to a
 *     record that no longer exists), {@code false} if an existing record was updated
 */
public record UpsertResult(ExternalId externalId, String model, long id, boolean created) {

  /**
   * Validates the components.
   *
   * @param externalId external id
   * @param model model
   * @param id record id
   * @param created whether it was created
   */
  public UpsertResult {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(model, "model");
  }
}
