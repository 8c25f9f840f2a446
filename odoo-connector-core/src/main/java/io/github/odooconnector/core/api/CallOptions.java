package io.github.odooconnector.core.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call options for {@link OdooClient#call(String, String, java.util.List, java.util.Map,
 * CallOptions)}: whether the call is safe to repeat, and a timeout overriding the client's default.
 * Immutable and thread-safe.
 *
 * <p>The client never repeats a non-idempotent call whose request may have reached Odoo; it throws
 * {@link OdooOutcomeUnknownException} instead. Mark a call {@link #idempotent()} only when running
 * it twice has the same effect as once (for example a write guarded by an idempotency key, or
 * {@code action_assign}).
 */
public final class CallOptions {

  private static final CallOptions DEFAULTS = new CallOptions(null, null);

  private final Boolean idempotent;
  private final Duration timeout;

  private CallOptions(Boolean idempotent, Duration timeout) {
    this.idempotent = idempotent;
    this.timeout = timeout;
  }

  /**
   * Defaults: reads ({@code search}, {@code read}, ...) are idempotent, everything else is not;
   * client timeout.
   *
   * @return the default options
   */
  public static CallOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Options declaring the call safe to retry even after it may have reached the server.
   *
   * @return idempotent options
   */
  public static CallOptions idempotentCall() {
    return DEFAULTS.idempotent(true);
  }

  /**
   * Copy declaring whether the call is idempotent.
   *
   * @param value {@code true} if repeating the call is harmless
   * @return new options
   */
  public CallOptions idempotent(boolean value) {
    return new CallOptions(value, timeout);
  }

  /**
   * Copy with a per-call timeout covering all attempts.
   *
   * @param value positive timeout
   * @return new options
   */
  public CallOptions timeout(Duration value) {
    Objects.requireNonNull(value, "timeout");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + value);
    }
    return new CallOptions(idempotent, value);
  }

  /**
   * The explicit idempotency declaration.
   *
   * @return {@code true}/{@code false} if declared, empty to let the client decide from the method
   *     name
   */
  public Optional<Boolean> idempotent() {
    return Optional.ofNullable(idempotent);
  }

  /**
   * The per-call timeout.
   *
   * @return the timeout, empty to use the client's call timeout
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  @Override
  public String toString() {
    return "CallOptions[idempotent=" + idempotent + ", timeout=" + timeout + "]";
  }
}
