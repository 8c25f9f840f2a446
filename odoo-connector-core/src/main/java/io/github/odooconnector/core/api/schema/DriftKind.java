package io.github.odooconnector.core.api.schema;

/**
 * What kind of difference schema verification found between a generated model and the server.
 * Immutable and thread-safe.
 */
public enum DriftKind {
  /** The server has no model under the expected name. */
  MODEL_MISSING(true),
  /**
   * The model was not generated for the server's major version; the closest generated version was
   * compared instead.
   */
  VERSION_NOT_COVERED(true),
  /** The server has no field under the expected name. */
  FIELD_MISSING(true),
  /** The field's Odoo type differs. */
  TYPE_CHANGED(true),
  /** A relational field points to another co-model. */
  RELATION_CHANGED(true),
  /** The field is required on the server but was not at generation time: creates may fail. */
  BECAME_REQUIRED(true),
  /** The field was required at generation time and no longer is: it may now be empty. */
  NO_LONGER_REQUIRED(false),
  /** The server offers selection keys the enum does not know: they read as {@code UNKNOWN}. */
  SELECTION_VALUES_ADDED(false),
  /** Selection keys the enum knows are gone from the server: writing them fails. */
  SELECTION_VALUES_REMOVED(true);

  private final boolean breaking;

  DriftKind(boolean breaking) {
    this.breaking = breaking;
  }

  /**
   * Tells whether code built on the generated model may fail or misread data because of this
   * difference (as opposed to a difference it tolerates, such as new selection keys).
   *
   * @return {@code true} for breaking differences
   */
  public boolean isBreaking() {
    return breaking;
  }
}
