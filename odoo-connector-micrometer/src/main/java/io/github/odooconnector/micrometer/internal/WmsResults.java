package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.micrometer.core.instrument.Tags;
import java.util.Locale;

/** What the WMS workflow's results say: orders released, events applied, batch failures. */
public final class WmsResults implements WorkflowMeters.ResultMeter {

  private WmsResults() {}

  /**
   * Decorates a WMS integration.
   *
   * @param meters the workflow meters
   * @param wms the integration
   * @return the metered integration
   */
  public static WmsIntegration decorate(WorkflowMeters meters, WmsIntegration wms) {
    return new MeteredWmsIntegration(meters, wms, new WmsResults());
  }

  @Override
  public void record(WorkflowMeters m, String step, Object[] args, Object result) {
    Tags stepTag = Tags.of("step", step);
    if (result instanceof BatchReport r) {
      switch (step) {
        case "releasePendingOrders", "releaseSaleOrder" ->
            m.count(
                "odoo.wms.orders.released",
                "orders released to the WMS",
                stepTag,
                r.succeeded().size());
        case "processInbox", "pollAndApply" ->
            m.count(
                "odoo.wms.messages.applied",
                "WMS messages applied to Odoo",
                stepTag,
                r.succeeded().size());
        case "sendPendingAdvanceShipNotices" ->
            m.count(
                "odoo.wms.asns.sent", "advance ship notices sent", stepTag, r.succeeded().size());
        default -> {
          // other batches only report failures
        }
      }
      long retryable = r.failed().stream().filter(BatchReport.Failure::retryable).count();
      Tags wf = Tags.of("workflow", "wms", "step", step);
      m.count(WorkflowMeters.FAILURES, "workflow failures", wf.and("type", "retryable"), retryable);
      m.count(
          WorkflowMeters.FAILURES,
          "workflow failures",
          wf.and("type", "permanent"),
          r.failed().size() - retryable);
    } else if (step.equals("releasePicking")) {
      m.count("odoo.wms.orders.released", "orders released to the WMS", stepTag, 1);
    } else if (result instanceof ApplyOutcome outcome
        && args.length > 0
        && args[0] instanceof BusinessEvent<?> e) {
      m.count(
          "odoo.wms.events",
          "WMS events handed to apply(), by type and outcome",
          Tags.of("type", e.type(), "outcome", outcome.name().toLowerCase(Locale.ROOT)),
          1);
    }
  }
}
