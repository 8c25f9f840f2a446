package io.github.odooconnector.core.api;

import java.util.Objects;

/**
 * Describes one logical call for {@link CallListener}s. Contains no arguments and no credentials.
 * Immutable and thread-safe.
 *
 * @param callId a process-unique id correlating the events of one call
 * @param model the Odoo model, or the RPC service ({@code "common"}) for authentication/version
 *     calls
 * @param method the method
 * @param protocol the protocol used (never {@link Protocol#AUTO})
 * @param idempotent whether the client treats the call as safe to repeat
 */
public record CallInfo(
    long callId, String model, String method, Protocol protocol, boolean idempotent) {

  /**
   * Validates the components.
   *
   * @param callId call id
   * @param model model
   * @param method method
   * @param protocol protocol
   * @param idempotent idempotency
   */
  public CallInfo {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(protocol, "protocol");
  }
}
