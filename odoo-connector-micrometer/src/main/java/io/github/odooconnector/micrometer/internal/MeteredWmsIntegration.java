package io.github.odooconnector.micrometer.internal;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReconciliationReport;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.spi.WmsAdapter;
import java.util.Collection;

/**
 * A WMS integration whose every step is timed and observed by {@link WorkflowMeters} and whose
 * results are counted by {@link WmsResults}; the component accessors are forwarded as they are.
 * Thread-safe if the delegate is.
 */
final class MeteredWmsIntegration implements WmsIntegration {

  private static final String WMS = "wms";

  private final WorkflowMeters m;
  private final WmsIntegration delegate;
  private final WmsResults results;

  MeteredWmsIntegration(WorkflowMeters m, WmsIntegration delegate, WmsResults results) {
    this.m = m;
    this.delegate = delegate;
    this.results = results;
  }

  @Override
  public BatchReport releasePendingOrders() {
    return m.step(WMS, "releasePendingOrders", results, delegate::releasePendingOrders);
  }

  @Override
  public BatchReport pushItems(Collection<Sku> skus) {
    return m.step(WMS, "pushItems", results, () -> delegate.pushItems(skus));
  }

  @Override
  public BatchReport syncItemMaster() {
    return m.step(WMS, "syncItemMaster", results, delegate::syncItemMaster);
  }

  @Override
  public String releasePicking(long pickingId) {
    return m.step(
        WMS, "releasePicking", results, () -> delegate.releasePicking(pickingId), pickingId);
  }

  @Override
  public BatchReport releaseSaleOrder(long saleOrderId) {
    return m.step(
        WMS,
        "releaseSaleOrder",
        results,
        () -> delegate.releaseSaleOrder(saleOrderId),
        saleOrderId);
  }

  @Override
  public String updateRelease(long pickingId) {
    return m.step(
        WMS, "updateRelease", results, () -> delegate.updateRelease(pickingId), pickingId);
  }

  @Override
  public BatchReport propagateOdooChanges() {
    return m.step(WMS, "propagateOdooChanges", results, delegate::propagateOdooChanges);
  }

  @Override
  public void sendReturnPreAdvice(ReturnAuthorization rma) {
    m.run(WMS, "sendReturnPreAdvice", results, () -> delegate.sendReturnPreAdvice(rma));
  }

  @Override
  public void cancelRelease(long pickingId) {
    m.run(WMS, "cancelRelease", results, () -> delegate.cancelRelease(pickingId), pickingId);
  }

  @Override
  public BatchReport sendPendingAdvanceShipNotices() {
    return m.step(
        WMS, "sendPendingAdvanceShipNotices", results, delegate::sendPendingAdvanceShipNotices);
  }

  @Override
  public boolean acceptWebhook(WebhookRequest request) {
    return m.step(WMS, "acceptWebhook", results, () -> delegate.acceptWebhook(request), request);
  }

  @Override
  public BatchReport processInbox() {
    return m.step(WMS, "processInbox", results, delegate::processInbox);
  }

  @Override
  public BatchReport pollAndApply(int maxMessages) {
    return m.step(
        WMS, "pollAndApply", results, () -> delegate.pollAndApply(maxMessages), maxMessages);
  }

  @Override
  public ApplyOutcome apply(BusinessEvent<?> event) {
    return m.step(WMS, "apply", results, () -> delegate.apply(event), event);
  }

  @Override
  public ReconciliationReport reconcileInventory(String warehouse, ReconciliationPolicy policy) {
    return m.step(
        WMS,
        "reconcileInventory",
        results,
        () -> delegate.reconcileInventory(warehouse, policy),
        warehouse,
        policy);
  }

  @Override
  public ReconciliationReport reconcile(InventorySnapshot snapshot, ReconciliationPolicy policy) {
    return m.step(
        WMS, "reconcile", results, () -> delegate.reconcile(snapshot, policy), snapshot, policy);
  }

  @Override
  public WmsAdapter adapter() {
    return delegate.adapter();
  }

  @Override
  public Outbox outbox() {
    return delegate.outbox();
  }

  @Override
  public String toString() {
    return "Metered[" + delegate + "]";
  }
}
