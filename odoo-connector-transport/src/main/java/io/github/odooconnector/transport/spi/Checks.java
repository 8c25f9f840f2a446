package io.github.odooconnector.transport.spi;

import java.util.Objects;

/** Argument checks shared by the SPI values. */
final class Checks {
  private Checks() {}

  static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
