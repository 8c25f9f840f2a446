package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

/**
 * One service level a carrier sells, such as {@code express} or {@code ground}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the carrier's service code used in requests, for example {@code EXPRESS_WORLDWIDE}
 * @param name a human-readable name
 * @param international whether the service ships across borders
 */
public record ServiceLevel(String code, String name, boolean international) {

  /**
   * Validates the components.
   *
   * @param code the service code; not blank
   * @param name the display name; not blank
   * @param international whether the service ships across borders
   */
  public ServiceLevel {
    code = requireText(code, "code");
    name = requireText(name, "name");
  }
}
