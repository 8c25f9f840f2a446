package io.github.odooconnector.core.api.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between a generated model and the live server. Immutable and thread-safe.
 *
 * @param model the Odoo model name compared (on the server's version)
 * @param typeName the generated Java type, for example {@code SaleOrder}
 * @param field the field's wire name; {@code null} for model-level differences
 * @param kind what differs
 * @param expected what the generated model expects (empty when not applicable)
 * @param actual what the server has (empty when not applicable)
 */
public record Drift(
    String model, String typeName, String field, DriftKind kind, String expected, String actual) {

  /**
   * Validates the components.
   *
   * @param model model name
   * @param typeName Java type name
   * @param field field name or {@code null}
   * @param kind kind
   * @param expected expected value
   * @param actual actual value
   */
  public Drift {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(typeName, "typeName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /**
   * The field concerned.
   *
   * @return the field's wire name, empty for model-level differences
   */
  public Optional<String> optionalField() {
    return Optional.ofNullable(field);
  }

  /**
   * A one-line description, for example {@code state: selection values added on the server:
   * [to_approve]}.
   *
   * @return the description
   */
  public String message() {
    String subject = field == null ? "model" : field;
    switch (kind) {
      case MODEL_MISSING:
        return "model '" + model + "' does not exist on the server";
      case VERSION_NOT_COVERED:
        return "generated for Odoo " + expected + ", not for the server's Odoo " + actual;
      case FIELD_MISSING:
        return subject + ": missing on the server (expected " + expected + ")";
      case TYPE_CHANGED:
        return subject + ": type changed from " + expected + " to " + actual;
      case RELATION_CHANGED:
        return subject + ": relation changed from " + expected + " to " + actual;
      case BECAME_REQUIRED:
        return subject + ": now required on the server";
      case NO_LONGER_REQUIRED:
        return subject + ": no longer required on the server";
      case SELECTION_VALUES_ADDED:
        return subject + ": selection values added on the server: " + actual;
      default:
        return subject + ": selection values removed on the server: " + expected;
    }
  }

  @Override
  public String toString() {
    return model + " " + message();
  }
}
