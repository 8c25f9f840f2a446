package io.github.odooconnector.boot;

import java.util.List;
import java.util.Map;

/**
 * The blocked outcome-unknown label purchases as the Actuator endpoint shows and resolves them, in
 * plain types so that the endpoint loads without the optional carrier module ({@link
 * ShippingOutcomeUnknownKeys} is the one implementation, created only with it). Thread-safe.
 */
interface OutcomeUnknownKeys {

  /** The blocked purchases, one map per purchase (picking, carrier, key, since, failure). */
  List<Map<String, Object>> blocked();

  /**
   * Resolves one; {@link IllegalArgumentException} (HTTP 400) for an unknown resolution, a key that
   * is not blocked, or a blank reason or requester.
   */
  Map<String, Object> resolve(String key, String resolution, String requestedBy, String reason);
}
