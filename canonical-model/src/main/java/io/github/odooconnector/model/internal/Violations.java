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
    context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
  }

  /**
   * Escapes a literal message so that message interpolation leaves it unchanged (values in it are
   * data, never expressions).
   *
   * @param message literal text
   * @return the escaped template
   */
  static String escape(String message) {
    return message
        .replace("\\", "\\\\")
        .replace("{", "\\{")
        .replace("}", "\\}")
        .replace("$", "\\$");
  }
}
