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
   * Handling units (pallets and cartons with their SSCCs, {@link
   * io.github.odooconnector.model.HandlingUnit}) are carried both ways: advance ship notices are
   * sent with the units of the Odoo receipt's packages, and receipts and ship confirmations report
   * the units the goods were received or shipped in. Without it the workflows send notices without
   * units.
   */
  HANDLING_UNITS,

  /**
   * {@link WmsAdapter#sendReturnPreAdvice(io.github.odooconnector.model.ReturnAuthorization,
   * String)} is implemented: the WMS is told about an authorized return (RMA) before the parcel
   * arrives.
   */
  RETURN_PRE_ADVICE
}
