package io.github.odooconnector.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * One remote call received by a {@link FakeOdoo}, as returned by {@link FakeOdoo#calls()}.
 * Immutable and thread-safe.
 *
 * @param protocol the wire protocol the call arrived through
 * @param service the RPC service: {@code "object"} for model calls (always for JSON-2), {@code
 *     "common"} or {@code "db"} for service calls
 * @param model the model for {@code object} calls, for example {@code "stock.picking"}; empty for
 *     service calls
 * @param method the model method ({@code "search_read"}, {@code "button_validate"}) or, for service
 *     calls, the service method ({@code "authenticate"}, {@code "version"})
 * @param uid the authenticated user id, or 0 when the call was not (or not yet) authenticated
 * @param receivedAt when the fake received the call (from the fake's clock)
 */
public record RecordedCall(
    WireProtocol protocol,
    String service,
    String model,
    String method,
    long uid,
    Instant receivedAt) {

  /**
   * Validates the components.
   *
   * @param protocol the wire protocol
   * @param service the service
   * @param model the model, empty for service calls
   * @param method the method
   * @param uid the user id or 0
   * @param receivedAt when the call was received
   */
  public RecordedCall {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * Whether this call targeted the given model method.
   *
   * @param model the model name
   * @param method the method name
   * @return {@code true} when both match
   */
  public boolean is(String model, String method) {
    return this.model.equals(model) && this.method.equals(method);
  }
}
