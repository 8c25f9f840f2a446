package io.github.odooconnector.core.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One message of Odoo's {@code load} import: an error (the whole call imported nothing), a warning
 * or an information, with the row and field it is about when Odoo names them.
 *
 * @param kind error, warning or information
 * @param message Odoo's text (field labels already filled in)
 * @param row index of the row in the call's data (0-based), or {@code null} for messages about the
 *     whole call
 * @param field the field's technical name, or {@code null}
 */
public record LoadMessage(Kind kind, String message, Integer row, String field) {

  /** How serious a message is. */
  public enum Kind {
    /** The row could not be imported; nothing of the call was written. */
    ERROR,
    /** Imported, with a remark (for example an unknown boolean text read as true). */
    WARNING,
    /** Information only. */
    INFO
  }

  /**
   * Validates the components.
   *
   * @param kind error, warning or information
   * @param message Odoo's text
   * @param row 0-based row index, or {@code null}
   * @param field technical field name, or {@code null}
   * @throws NullPointerException if {@code kind} or {@code message} is null
   */
  public LoadMessage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The row the message is about.
   *
   * @return the 0-based row index, empty for messages about the whole call
   */
  public Optional<Integer> optionalRow() {
    return Optional.ofNullable(row);
  }

  /**
   * The field the message is about.
   *
   * @return the technical field name, empty if Odoo named none
   */
  public Optional<String> optionalField() {
    return Optional.ofNullable(field);
  }
}
