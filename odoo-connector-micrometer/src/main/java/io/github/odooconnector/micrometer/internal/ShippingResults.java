package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.Reconciliation;
import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Locale;

/** What the shipping workflow's results say: labels bought, tracking applied, reconciliations. */
public final class ShippingResults implements WorkflowMeters.ResultMeter {

  private ShippingResults() {}

  /**
   * Decorates a shipping integration.
   *
   * @param meters the workflow meters
   * @param shipping the integration
   * @return the metered integration
   */
  public static ShippingIntegration decorate(WorkflowMeters meters, ShippingIntegration shipping) {
    return new MeteredShippingIntegration(meters, shipping, new ShippingResults());
  }

  @Override
  public void record(WorkflowMeters m, String step, Object[] args, Object result) {
    if (result instanceof LabelResult label) {
      String carrier = label.shipments().get(0).carrierCode();
      m.count(
          "odoo.shipping.labels",
          "labels by kind and result (bought, or replayed from the idempotency store)",
          Tags.of(
              "kind",
              step.startsWith("buyReturnLabel") ? "return" : "outbound",
              "result",
              label.replayed() ? "replayed" : "bought",
              "carrier",
              carrier),
          1);
    } else if (result instanceof List<?> list && !list.isEmpty()) {
      Object first = list.get(0);
      if (first instanceof TrackingUpdate) {
        for (Object o : list) {
          TrackingUpdate u = (TrackingUpdate) o;
          m.count(
              "odoo.shipping.tracking",
              "tracking events by outcome (applied, duplicate, stale, unmatched)",
              Tags.of("step", step, "outcome", u.outcome().name().toLowerCase(Locale.ROOT)),
              1);
        }
      } else if (first instanceof Reconciliation) {
        m.count(
            "odoo.shipping.reconciliations",
            "blocked label purchases the reconciler looked at",
            Tags.of("step", step),
            list.size());
      }
    }
  }
}
