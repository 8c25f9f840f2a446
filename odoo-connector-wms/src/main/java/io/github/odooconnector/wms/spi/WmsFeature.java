package io.github.odooconnector.wms.spi;

/**
 * Optional capabilities a WMS adapter may have; see {@link WmsCapabilities}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum WmsFeature {
  /** {@link WmsAdapter#cancelOrder(String, String)} is implemented. */
  CANCEL_ORDER,
  /**
   * {@link WmsAdapter#updateOrder(io.github.odooconnector.model.FulfillmentOrder, String)} is
   * implemented.
   */
  UPDATE_ORDER,
  /**
   * {@link WmsAdapter#sendAdvanceShipNotice(io.github.odooconnector.model.AdvanceShipNotice,
   * String)} is implemented.
   */
  ADVANCE_SHIP_NOTICE,
  /** {@link WmsAdapter#fetchInventory(InventoryPageRequest)} is implemented. */
  INVENTORY_SNAPSHOT,
  /** The WMS pushes signed webhooks; {@link WmsAdapter#webhookVerifier()} is present. */
  WEBHOOKS,
  /** The WMS can be polled; {@link WmsAdapter#poll(String, int)} is implemented. */
  POLLING,
  /** Lot and serial numbers are reported on shipments and receipts. */
  LOT_SERIAL_TRACKING,
  /**
   * {@link WmsAdapter#upsertItem(io.github.odooconnector.model.Item, String)} is implemented: the
   * WMS keeps an item master and is told about products before it receives or ships them.
   */
  ITEM_MASTER,
  /**
   * {@link WmsAdapter#sendReturnPreAdvice(io.github.odooconnector.model.ReturnAuthorization,
   * String)} is implemented: the WMS is told about an authorized return (RMA) before the parcel
   * arrives.
   */
  RETURN_PRE_ADVICE
}
