package io.github.odooconnector.model;

/**
 * The standard {@link BusinessEvent#type()} values and the payload each one carries. Host
 * applications may define their own types with the same dotted lower-case syntax ({@code
 * domain.past_tense_verb}).
 *
 * <p>Constants only; thread-safe.
 */
public final class EventTypes {
  private EventTypes() {}

  /**
   * A sales order was confirmed in the ERP and released for fulfillment; payload {@link
   * FulfillmentOrder}.
   */
  public static final String ORDER_RELEASED = "order.released";

  /** The WMS accepted a released fulfillment order; payload {@link FulfillmentOrder}. */
  public static final String ORDER_ACCEPTED = "order.accepted";

  /**
   * The WMS rejected a released fulfillment order (unknown SKU, bad address); payload {@link
   * FulfillmentOrder}.
   */
  public static final String ORDER_REJECTED = "order.rejected";

  /** A fulfillment order was cancelled before shipping; payload {@link FulfillmentOrder}. */
  public static final String ORDER_CANCELLED = "order.cancelled";

  /**
   * Picking of a fulfillment order finished; payload {@link Shipment} (lines picked, no carrier
   * hand-over yet).
   */
  public static final String PICK_COMPLETED = "pick.completed";

  /** Goods were packed into parcels; payload {@link Shipment}. */
  public static final String SHIPMENT_PACKED = "shipment.packed";

  /** The carrier took over the parcels; payload {@link Shipment}. */
  public static final String SHIPMENT_DISPATCHED = "shipment.dispatched";

  /** A supplier announced an inbound delivery; payload {@link AdvanceShipNotice}. */
  public static final String ASN_RECEIVED = "asn.received";

  /**
   * A purchase order was confirmed and expected goods should be announced to the WMS; payload
   * {@link PurchaseOrder}.
   */
  public static final String PURCHASE_ORDER_RELEASED = "purchase_order.released";

  /** Goods were received at a warehouse; payload {@link Receipt}. */
  public static final String GOODS_RECEIVED = "goods.received";

  /** Stock moved or was corrected; payload {@link InventoryMovement}. */
  public static final String INVENTORY_ADJUSTED = "inventory.adjusted";

  /** A stock snapshot was taken; payload {@link InventorySnapshot}. */
  public static final String INVENTORY_SNAPSHOT = "inventory.snapshot_taken";

  /** A carrier reported a tracking event; payload {@link TrackingEvent}. */
  public static final String TRACKING_UPDATED = "tracking.updated";

  /** A return was authorized; payload {@link ReturnAuthorization}. */
  public static final String RETURN_AUTHORIZED = "return.authorized";

  /** Returned goods arrived at the warehouse; payload {@link Receipt}. */
  public static final String RETURN_RECEIVED = "return.received";
}
