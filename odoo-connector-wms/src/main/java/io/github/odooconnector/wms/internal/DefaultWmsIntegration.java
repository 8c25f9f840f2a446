package io.github.odooconnector.wms.internal;

import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.CanonicalModelException;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.ReturnAuthorization;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Idempotent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.wms.api.ApplyOutcome;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReconciliationReport;
import io.github.odooconnector.wms.api.WmsIncidentListener;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.spi.WmsAdapter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link WmsIntegration} implementation: wires the workflow helpers over one {@link
 * WmsPickingGateway} and delegates. Thread-safe.
 */
public final class DefaultWmsIntegration implements WmsIntegration {

  private final WmsSettings settings;
  private final EventPublisher events;
  private final ItemMaster items;
  private final OrderReleaser releaser;
  private final InboundProcessor inbound;
  private final InventoryReconciler reconciler;
  private final EventApplier applier;
  private final WmsInbox inbox;
  private final OdooSetupCheck setup;
  private final OdooChangeFollower follower;
  private final ReturnBooker returns;

  /**
   * Creates the integration and checks the Odoo setup.
   *
   * @param settings what the builder collected
   * @return the integration
   */
  public static DefaultWmsIntegration create(WmsSettings settings) {
    return new DefaultWmsIntegration(settings, null);
  }

  /**
   * Creates the integration with an incident listener and checks the Odoo setup.
   *
   * @param settings what the builder collected
   * @param incidentListener who hears about incidents, or null for the built-in activities
   * @return the integration
   */
  public static DefaultWmsIntegration create(
      WmsSettings settings, WmsIncidentListener incidentListener) {
    return new DefaultWmsIntegration(settings, incidentListener);
  }

  private DefaultWmsIntegration(WmsSettings settings, WmsIncidentListener incidentListener) {
    this.settings = Objects.requireNonNull(settings, "settings");
    WmsAdapter adapter = settings.adapter();
    WmsPickingGateway odoo = new WmsPickingGateway(settings.odoo(), settings.mapping());
    Idempotent idempotent =
        Idempotent.builder(settings.idempotencyStore())
            .owner(settings.owner())
            .leaseDuration(settings.leaseDuration())
            .clock(settings.clock())
            .build();
    this.events =
        new EventPublisher(
            Outbox.builder(settings.outboxStore())
                .codec(EventCodec.standard())
                .clock(settings.clock())
                .build(),
            settings.clock(),
            settings.source());
    MoveAllocator allocator = new MoveAllocator(odoo);
    PickingConfirmer confirmer = new PickingConfirmer(odoo, allocator, idempotent, settings);
    this.items = new ItemMaster(odoo, adapter, idempotent, settings);
    Incidents incidents =
        new Incidents(
            incidentListener,
            new PickingActivities(settings.odoo(), settings.clock()),
            idempotent,
            settings);
    this.releaser =
        new OrderReleaser(odoo, adapter, idempotent, events, settings, items, incidents);
    this.follower = new OdooChangeFollower(settings.odoo(), settings, releaser);
    this.inbound =
        new InboundProcessor(odoo, adapter, idempotent, allocator, confirmer, events, settings);
    this.reconciler = new InventoryReconciler(odoo, adapter, idempotent, events, settings);
    this.returns = new ReturnBooker(odoo, adapter, idempotent, allocator, confirmer, settings);
    this.applier =
        new EventApplier(
            adapter,
            idempotent,
            confirmer,
            inbound,
            reconciler,
            events,
            settings,
            new OrderExceptions(odoo, incidents, events, settings),
            returns);
    this.inbox = new WmsInbox(adapter, settings.inboxStore(), settings);
    this.setup = new OdooSetupCheck(odoo, settings);
    setup.checkAtStartup();
  }

  /**
   * Runs one workflow call behind the facade's promise: the Odoo setup was checked, and what the
   * mapping layer or the canonical model raise leaves as a {@link WmsWorkflowException} with the
   * original as cause. WMS, Odoo and reliability exceptions pass unchanged.
   */
  private <T> T guard(Supplier<T> call) {
    try {
      setup.ensurePassed();
      return call.get();
    } catch (MappingException | CanonicalModelException e) {
      throw new WmsWorkflowException(e.getMessage(), e);
    }
  }

  @Override
  public BatchReport releasePendingOrders() {
    return guard(() -> releaser.releasePendingOrders());
  }

  @Override
  public String releasePicking(long pickingId) {
    return guard(() -> releaser.releasePicking(pickingId));
  }

  @Override
  public BatchReport releaseSaleOrder(long saleOrderId) {
    return guard(() -> releaser.releaseSaleOrder(saleOrderId));
  }

  @Override
  public String updateRelease(long pickingId) {
    return guard(() -> releaser.updateRelease(pickingId));
  }

  @Override
  public BatchReport propagateOdooChanges() {
    return guard(() -> follower.propagate());
  }

  @Override
  public void cancelRelease(long pickingId) {
    guard(
        () -> {
          releaser.cancelRelease(pickingId);
          return null;
        });
  }

  @Override
  public BatchReport pushItems(Collection<Sku> skus) {
    Objects.requireNonNull(skus, "skus");
    List<Sku> copy = List.copyOf(skus);
    return guard(() -> items.push(copy));
  }

  @Override
  public BatchReport syncItemMaster() {
    return guard(() -> items.resync());
  }

  @Override
  public BatchReport sendPendingAdvanceShipNotices() {
    return guard(() -> inbound.sendPendingAdvanceShipNotices());
  }

  @Override
  public void sendReturnPreAdvice(ReturnAuthorization rma) {
    Objects.requireNonNull(rma, "rma");
    guard(
        () -> {
          returns.sendPreAdvice(rma);
          return null;
        });
  }

  @Override
  public boolean acceptWebhook(WebhookRequest request) {
    return inbox.accept(request);
  }

  @Override
  public BatchReport processInbox() {
    return guard(() -> inbox.process(applier::applyMessage));
  }

  @Override
  public BatchReport pollAndApply(int maxMessages) {
    return guard(() -> applier.pollAndApply(maxMessages));
  }

  @Override
  public ApplyOutcome apply(BusinessEvent<?> event) {
    return guard(() -> applier.apply(event));
  }

  @Override
  public ReconciliationReport reconcileInventory(String warehouse, ReconciliationPolicy policy) {
    return guard(() -> reconciler.reconcileInventory(warehouse, policy));
  }

  @Override
  public ReconciliationReport reconcile(InventorySnapshot snapshot, ReconciliationPolicy policy) {
    return guard(() -> reconciler.reconcile(snapshot, policy));
  }

  @Override
  public WmsAdapter adapter() {
    return settings.adapter();
  }

  @Override
  public Outbox outbox() {
    return events.outbox();
  }

  @Override
  public String toString() {
    return "WmsIntegration[" + settings.adapter().name() + "]";
  }
}
