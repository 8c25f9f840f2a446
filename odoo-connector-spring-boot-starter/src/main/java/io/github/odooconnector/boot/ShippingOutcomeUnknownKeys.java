package io.github.odooconnector.boot;

import io.github.odooconnector.carrier.api.BlockedPurchase;
import io.github.odooconnector.carrier.api.NoBlockedPurchaseException;
import io.github.odooconnector.carrier.api.Reconciliation;
import io.github.odooconnector.carrier.api.Resolution;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link OutcomeUnknownKeys} over the application's {@link ShippingIntegration}; created only when
 * the carrier module is present. Thread-safe.
 */
final class ShippingOutcomeUnknownKeys implements OutcomeUnknownKeys {

  private final ShippingIntegration shipping;

  ShippingOutcomeUnknownKeys(ShippingIntegration shipping) {
    this.shipping = shipping;
  }

  @Override
  public List<Map<String, Object>> blocked() {
    return shipping.blockedPurchases().stream().map(ShippingOutcomeUnknownKeys::summary).toList();
  }

  @Override
  public Map<String, Object> resolve(
      String key, String resolution, String requestedBy, String reason) {
    Resolution r;
    try {
      r = Resolution.valueOf(resolution.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown resolution '"
              + resolution
              + "'; use one of "
              + Arrays.toString(Resolution.values()),
          e);
    }
    Reconciliation done;
    try {
      done = shipping.resolveBlockedPurchase(key, r, requestedBy, reason);
    } catch (NoBlockedPurchaseException e) {
      // also when a concurrent resolution settled it first: the operator's request, not a fault
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("resolved", done.idempotencyKey());
    m.put("pickingId", done.pickingId());
    m.put("outcome", done.outcome().name());
    m.put("detail", done.detail());
    return m;
  }

  private static Map<String, Object> summary(BlockedPurchase b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pickingId", b.pickingId());
    m.put("pickingName", b.pickingName());
    m.put("carrierCode", b.carrierCode());
    m.put("idempotencyKey", b.idempotencyKey());
    m.put("since", b.optionalSince().map(Object::toString).orElse(""));
    m.put("failure", b.failure());
    return m;
  }
}
