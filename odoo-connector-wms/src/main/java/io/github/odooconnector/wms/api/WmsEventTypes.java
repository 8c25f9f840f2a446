package io.github.odooconnector.wms.api;

import io.github.odooconnector.model.EventTypes;

/**
 * The {@link io.github.odooconnector.model.BusinessEvent#type() event types} WMS adapters produce
 * and the WMS workflows publish, with their payload types. Where the canonical model has a type
 * with the same payload ({@link io.github.odooconnector.model.EventTypes}) the constant is that
 * type; the {@code wms.} types carry WMS-specific payloads (acknowledgements with a reason, pick
 * confirmations with short picks and substitutions, pack confirmations, returns as the
 * authorization they fulfil, discrepancy reports).
 *
 * <p>Constants only; thread-safe.
 */
public final class WmsEventTypes {

  /**
   * The WMS accepted a released order; payload {@link OrderAcknowledgement} (the canonical {@link
   * io.github.odooconnector.model.EventTypes#ORDER_ACCEPTED} carries the order instead and is
   * forwarded too).
   */
  public static final String ORDER_ACCEPTED = "wms.order.accepted";

  /** The WMS rejected a released order; payload {@link OrderAcknowledgement}. */
  public static final String ORDER_REJECTED = "wms.order.rejected";

  /** Picking finished, possibly short or with substitutions; payload {@link PickConfirmation}. */
  public static final String PICK_COMPLETED = "wms.pick.completed";

  /** The order was packed into parcels; payload {@link PackConfirmation}. */
  public static final String ORDER_PACKED = "wms.order.packed";

  /**
   * The order left the warehouse; payload {@link io.github.odooconnector.model.Shipment}. Same as
   * the canonical {@link io.github.odooconnector.model.EventTypes#SHIPMENT_DISPATCHED}.
   */
  public static final String ORDER_SHIPPED = EventTypes.SHIPMENT_DISPATCHED;

  /**
   * Goods were received against an ASN; payload {@link io.github.odooconnector.model.Receipt}. Same
   * as the canonical {@link io.github.odooconnector.model.EventTypes#GOODS_RECEIVED}.
   */
  public static final String GOODS_RECEIVED = EventTypes.GOODS_RECEIVED;

  /**
   * The WMS adjusted stock; payload {@link io.github.odooconnector.model.InventoryMovement}. Same
   * as the canonical {@link io.github.odooconnector.model.EventTypes#INVENTORY_ADJUSTED}.
   */
  public static final String INVENTORY_ADJUSTED = EventTypes.INVENTORY_ADJUSTED;

  /**
   * The WMS counted stock (a cycle count is a partial snapshot); payload {@link
   * io.github.odooconnector.model.InventorySnapshot}. Same as the canonical {@link
   * io.github.odooconnector.model.EventTypes#INVENTORY_SNAPSHOT}.
   */
  public static final String INVENTORY_COUNTED = EventTypes.INVENTORY_SNAPSHOT;

  /**
   * Returned goods were received; payload {@link
   * io.github.odooconnector.model.ReturnAuthorization}.
   */
  public static final String RETURN_RECEIVED = "wms.return.received";

  /**
   * Published by the release workflow after a release; payload {@link
   * io.github.odooconnector.model.FulfillmentOrder}. Same as the canonical {@link
   * io.github.odooconnector.model.EventTypes#ORDER_RELEASED}.
   */
  public static final String ORDER_RELEASED = EventTypes.ORDER_RELEASED;

  /**
   * Published when received quantities differ from expected; payload {@link
   * io.github.odooconnector.model.Receipt}.
   */
  public static final String RECEIPT_DISCREPANCY = "wms.receipt.discrepancy";

  /** Published when a reconciliation finds differences; payload {@link ReconciliationReport}. */
  public static final String INVENTORY_DISCREPANCY = "wms.inventory.discrepancy";

  private WmsEventTypes() {}
}
