package io.github.odooconnector.core.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Optional circuit breaker: after {@code failureThreshold} consecutive transport failures the
 * client stops calling Odoo for {@code openDuration} and fails fast with {@link
 * OdooTransportException}; then it lets one trial call through. Business errors (validation,
 * access, ...) do not count. Immutable and thread-safe.
 *
 * @param failureThreshold consecutive transport failures that open the circuit
 * @param openDuration how long the circuit stays open before a trial call
 */
public record CircuitBreakerSettings(int failureThreshold, Duration openDuration) {

  /**
   * Validates the components.
   *
   * @param failureThreshold at least 1
   * @param openDuration positive
   */
  public CircuitBreakerSettings {
    Objects.requireNonNull(openDuration, "openDuration");
    if (failureThreshold < 1) {
      throw new IllegalArgumentException("failureThreshold must be >= 1, got " + failureThreshold);
    }
    if (openDuration.isNegative() || openDuration.isZero()) {
      throw new IllegalArgumentException("openDuration must be positive, got " + openDuration);
    }
  }
}
