package io.github.odooconnector.wms.api;

/**
 * The {@link io.github.odooconnector.model.BusinessEvent#type() event types} WMS adapters produce and the WMS
 * workflows publish, with their payload types.
 *
 * <p>Constants only; thread-safe.
 */
public final class WmsEventTypes {

  /** The WMS accepted a released order; payload {@link OrderAcknowledgement}. */
  public static final String ORDER_ACCEPTED = "wms.order.accepted";
  /** The WMS rejected a released order; payload {@link OrderAcknowledgement}. */
  public static final String ORDER_REJECTED = "wms.order.rejected";
  /** Picking finished, possibly short or with substitutions; payload {@link PickConfirmation}. */
  public static final String PICK_COMPLETED = "wms.pick.completed";
  /** The order was packed into parcels; payload {@link PackConfirmation}. */
  public static final String ORDER_PACKED = "wms.order.packed";
  /** The order left the warehouse; payload {@link io.github.odooconnector.model.Shipment}. */
  public static final String ORDER_SHIPPED = "wms.order.shipped";
  /** Goods were received against an ASN; payload {@link io.github.odooconnector.model.Receipt}. */
  public static final String GOODS_RECEIVED = "wms.goods.received";
  /** The WMS adjusted stock; payload {@link io.github.odooconnector.model.InventoryMovement}. */
  public static final String INVENTORY_ADJUSTED = "wms.inventory.adjusted";
  /** The WMS counted stock (cycle count); payload {@link io.github.odooconnector.model.InventorySnapshot}. */
  public static final String INVENTORY_COUNTED = "wms.inventory.counted";
  /** Returned goods were received; payload {@link io.github.odooconnector.model.ReturnAuthorization}. */
  public static final String RETURN_RECEIVED = "wms.return.received";

  /** Published by the release workflow after a release; payload {@link io.github.odooconnector.model.FulfillmentOrder}. */
  public static final String ORDER_RELEASED = "wms.order.released";
  /** Published when received quantities differ from expected; payload {@link io.github.odooconnector.model.Receipt}. */
  public static final String RECEIPT_DISCREPANCY = "wms.receipt.discrepancy";
  /** Published when a reconciliation finds differences; payload {@link ReconciliationReport}. */
  public static final String INVENTORY_DISCREPANCY = "wms.inventory.discrepancy";

  private WmsEventTypes() {
  }
}
