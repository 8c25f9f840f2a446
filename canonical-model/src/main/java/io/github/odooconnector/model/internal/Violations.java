package io.github.odooconnector.model.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Helpers for constraint validators. */
final class Violations {
  private Violations() {}

  /**
   * Replaces the default message with a literal one (escaped so that it is not interpolated).
   *
   * @param context validator context
   * @param message literal message
   */
  static void replaceMessage(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    String escaped = message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    context.buildConstraintViolationWithTemplate(escaped).addConstraintViolation();
  }
}
