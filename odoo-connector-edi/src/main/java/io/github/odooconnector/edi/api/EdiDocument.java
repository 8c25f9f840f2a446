package io.github.odooconnector.edi.api;

import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Invoice;
import io.github.odooconnector.model.PackedShipNotice;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.Shipment;
import java.util.Objects;

/**
 * One canonical document together with the EDI transaction that carries it: what {@link
 * EdiTranslator#write} writes and what {@link EdiTranslator#read} returns. Create with the static
 * factories, which pair each transaction with its document type.
 *
 * <p>Immutable and thread-safe (the canonical documents are).
 *
 * @param transaction the transaction
 * @param content the canonical document, of the type the transaction names
 */
public record EdiDocument(EdiTransaction transaction, Object content) {

  /**
   * Checks that the content has the transaction's document type.
   *
   * @param transaction see the record description
   * @param content see the record description
   */
  public EdiDocument {
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(content, "content");
    Class<?> expected = documentType(transaction);
    if (!expected.isInstance(content)) {
      throw new IllegalArgumentException(
          transaction
              + " carries a "
              + expected.getSimpleName()
              + ", not a "
              + content.getClass().getSimpleName());
    }
  }

  /**
   * The canonical document type a transaction carries.
   *
   * @param transaction the transaction
   * @return for example {@code PackedShipNotice.class} for {@link EdiTransaction#SHIP_NOTICE}
   */
  public static Class<?> documentType(EdiTransaction transaction) {
    return switch (transaction) {
      case PURCHASE_ORDER -> PurchaseOrder.class;
      case PURCHASE_ORDER_ACKNOWLEDGEMENT -> PurchaseOrderAcknowledgement.class;
      case SHIP_NOTICE -> PackedShipNotice.class;
      case INVOICE -> Invoice.class;
      case WAREHOUSE_SHIPPING_ORDER -> FulfillmentOrder.class;
      case WAREHOUSE_SHIPPING_ADVICE -> Shipment.class;
      case STOCK_TRANSFER_SHIPMENT_ADVICE -> AdvanceShipNotice.class;
      case STOCK_TRANSFER_RECEIPT_ADVICE -> Receipt.class;
      case INVENTORY_REPORT -> InventorySnapshot.class;
      case FUNCTIONAL_ACKNOWLEDGEMENT -> FunctionalAcknowledgement.class;
    };
  }

  /**
   * The content as its document type.
   *
   * @param <T> the document type
   * @param type the expected document type
   * @return the content
   * @throws IllegalArgumentException if the content is of another type
   */
  public <T> T content(Class<T> type) {
    if (!type.isInstance(content)) {
      throw new IllegalArgumentException(
          transaction + " carries a " + content.getClass().getSimpleName() + ", not a " + type);
    }
    return type.cast(content);
  }

  /**
   * An 850 / ORDERS.
   *
   * @param order the purchase order
   * @return the document
   */
  public static EdiDocument purchaseOrder(PurchaseOrder order) {
    return new EdiDocument(EdiTransaction.PURCHASE_ORDER, order);
  }

  /**
   * An 855 / ORDRSP.
   *
   * @param acknowledgement the supplier's answer
   * @return the document
   */
  public static EdiDocument purchaseOrderAcknowledgement(
      PurchaseOrderAcknowledgement acknowledgement) {
    return new EdiDocument(EdiTransaction.PURCHASE_ORDER_ACKNOWLEDGEMENT, acknowledgement);
  }

  /**
   * An 856 / DESADV.
   *
   * @param notice the notice with its packing hierarchy
   * @return the document
   */
  public static EdiDocument shipNotice(PackedShipNotice notice) {
    return new EdiDocument(EdiTransaction.SHIP_NOTICE, notice);
  }

  /**
   * An 810 / INVOIC.
   *
   * @param invoice the invoice
   * @return the document
   */
  public static EdiDocument invoice(Invoice invoice) {
    return new EdiDocument(EdiTransaction.INVOICE, invoice);
  }

  /**
   * A 940 warehouse shipping order.
   *
   * @param order the order the 3PL is to ship
   * @return the document
   */
  public static EdiDocument warehouseShippingOrder(FulfillmentOrder order) {
    return new EdiDocument(EdiTransaction.WAREHOUSE_SHIPPING_ORDER, order);
  }

  /**
   * A 945 warehouse shipping advice.
   *
   * @param shipment what the 3PL shipped
   * @return the document
   */
  public static EdiDocument warehouseShippingAdvice(Shipment shipment) {
    return new EdiDocument(EdiTransaction.WAREHOUSE_SHIPPING_ADVICE, shipment);
  }

  /**
   * A 943 stock transfer shipment advice.
   *
   * @param notice the goods sent to the 3PL's warehouse
   * @return the document
   */
  public static EdiDocument stockTransferShipmentAdvice(AdvanceShipNotice notice) {
    return new EdiDocument(EdiTransaction.STOCK_TRANSFER_SHIPMENT_ADVICE, notice);
  }

  /**
   * A 944 stock transfer receipt advice.
   *
   * @param receipt what the 3PL received
   * @return the document
   */
  public static EdiDocument stockTransferReceiptAdvice(Receipt receipt) {
    return new EdiDocument(EdiTransaction.STOCK_TRANSFER_RECEIPT_ADVICE, receipt);
  }

  /**
   * An 846 / INVRPT.
   *
   * @param snapshot the stock levels
   * @return the document
   */
  public static EdiDocument inventoryReport(InventorySnapshot snapshot) {
    return new EdiDocument(EdiTransaction.INVENTORY_REPORT, snapshot);
  }
}
