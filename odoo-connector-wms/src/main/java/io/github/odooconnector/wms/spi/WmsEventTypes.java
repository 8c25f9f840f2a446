package io.github.odooconnector.wms.spi;

import io.github.odooconnector.model.EventTypes;

/**
 * The {@link io.github.odooconnector.model.BusinessEvent#type() event types} WMS adapters produce
 * and the WMS workflows publish, with their payloads.
 *
 * <p>Every type that has a canonical counterpart <em>is</em> that canonical type ({@link
 * EventTypes}): the constants here are aliases with names from the WMS's point of view, so an
 * adapter, the workflows and the host application speak one set of type strings. Where a WMS says
 * more than the canonical payload can carry, the WMS payload of this package is used under the
 * canonical type (an acknowledgement with its reason, a pick confirmation with short picks and
 * substitutions, a pack confirmation, the return authorization a return fulfils); the canonical
 * payload is accepted and forwarded as well where the workflows do not need to read it.
 *
 * <p>Four types are WMS-specific, because the canonical model has none for them: {@link
 * #ORDER_HELD} and {@link #ORDER_EXCEPTION}, produced by adapters, and {@link #RECEIPT_DISCREPANCY}
 * and {@link #INVENTORY_DISCREPANCY}, published by the workflows.
 *
 * <p>Constants only; thread-safe.
 */
public final class WmsEventTypes {

  /**
   * Published by the release workflow after a release; payload {@link
   * io.github.odooconnector.model.FulfillmentOrder}. Alias of {@link EventTypes#ORDER_RELEASED}.
   */
  public static final String ORDER_RELEASED = EventTypes.ORDER_RELEASED;

  /**
   * The WMS accepted a released order; payload {@link OrderAcknowledgement} (or the canonical
   * {@code FulfillmentOrder}); forwarded to the outbox. Alias of {@link EventTypes#ORDER_ACCEPTED}.
   */
  public static final String ORDER_ACCEPTED = EventTypes.ORDER_ACCEPTED;

  /**
   * The WMS rejected a released order; payload {@link OrderAcknowledgement} with the reason (or the
   * canonical {@code FulfillmentOrder}); forwarded to the outbox. Alias of {@link
   * EventTypes#ORDER_REJECTED}.
   */
  public static final String ORDER_REJECTED = EventTypes.ORDER_REJECTED;

  /**
   * The WMS put a released order on hold; payload {@link OrderStateChange}. WMS-specific (no
   * canonical type): the workflows put an activity on the picking (or hand an incident to the
   * configured listener) and mark the release {@code HELD:<wms order id>}.
   */
  public static final String ORDER_HELD = "wms.order.held";

  /**
   * The WMS reports an exception that stops a released order without cancelling it (damaged stock,
   * undeliverable address, ...); payload {@link OrderStateChange}. WMS-specific (no canonical
   * type): applied like {@link #ORDER_HELD}, the release marked {@code EXCEPTION:<wms order id>}.
   */
  public static final String ORDER_EXCEPTION = "wms.order.exception";

  /**
   * The WMS cancelled a released order on its side; payload {@link OrderStateChange}. The workflows
   * mark the release {@code CANCELLED} (so the picking is not released again by accident) and put
   * an activity on the picking; a cancellation the connector itself asked for is only recorded.
   * Alias of {@link EventTypes#ORDER_CANCELLED}.
   */
  public static final String ORDER_CANCELLED = EventTypes.ORDER_CANCELLED;

  /**
   * Picking finished, possibly short or with substitutions; payload {@link PickConfirmation} (or
   * the canonical {@code Shipment}); forwarded to the outbox. Alias of {@link
   * EventTypes#PICK_COMPLETED}.
   */
  public static final String PICK_COMPLETED = EventTypes.PICK_COMPLETED;

  /**
   * The order was packed into parcels; payload {@link PackConfirmation} (or the canonical {@code
   * Shipment}); forwarded to the outbox. Alias of {@link EventTypes#SHIPMENT_PACKED}.
   */
  public static final String ORDER_PACKED = EventTypes.SHIPMENT_PACKED;

  /**
   * The order left the warehouse; payload {@link io.github.odooconnector.model.Shipment}; applied
   * to the Odoo delivery. Alias of {@link EventTypes#SHIPMENT_DISPATCHED}.
   */
  public static final String ORDER_SHIPPED = EventTypes.SHIPMENT_DISPATCHED;

  /**
   * Goods were received against an ASN or purchase order; payload {@link
   * io.github.odooconnector.model.Receipt}; applied to the Odoo receipt. Alias of {@link
   * EventTypes#GOODS_RECEIVED}.
   */
  public static final String GOODS_RECEIVED = EventTypes.GOODS_RECEIVED;

  /**
   * The WMS adjusted stock; payload {@link io.github.odooconnector.model.InventoryMovement};
   * forwarded to the outbox. Alias of {@link EventTypes#INVENTORY_ADJUSTED}.
   */
  public static final String INVENTORY_ADJUSTED = EventTypes.INVENTORY_ADJUSTED;

  /**
   * The WMS counted stock (a cycle count is a partial snapshot); payload {@link
   * io.github.odooconnector.model.InventorySnapshot}; reconciled against Odoo. Alias of {@link
   * EventTypes#INVENTORY_SNAPSHOT}.
   */
  public static final String INVENTORY_COUNTED = EventTypes.INVENTORY_SNAPSHOT;

  /**
   * Returned goods were received; payload {@link
   * io.github.odooconnector.model.ReturnAuthorization}, the authorization the goods fulfil (it
   * names the original delivery; the canonical {@code Receipt} does not); booked on a new Odoo
   * return picking. Alias of {@link EventTypes#RETURN_RECEIVED}.
   */
  public static final String RETURN_RECEIVED = EventTypes.RETURN_RECEIVED;

  /**
   * WMS-specific (no canonical type): published by the receipt workflow when received quantities
   * differ from expected; payload {@link io.github.odooconnector.model.Receipt} carrying every
   * discrepancy.
   */
  public static final String RECEIPT_DISCREPANCY = "wms.receipt.discrepancy";

  /**
   * WMS-specific (no canonical type): published by the reconciliation workflow when the WMS and
   * Odoo disagree; payload the workflow's reconciliation report.
   */
  public static final String INVENTORY_DISCREPANCY = "wms.inventory.discrepancy";

  private WmsEventTypes() {}
}
