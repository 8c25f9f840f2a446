package io.github.odooconnector.supplier.spi;

import io.github.odooconnector.model.PurchaseOrder;

/**
 * The connection to one supplier or supplier network: transmits purchase orders. What the supplier
 * sends back (acknowledgements, ship notices) arrives through the host application (an EDI
 * interchange read by {@code odoo-connector-edi}, a portal webhook, a polled API) and is handed to
 * {@code SupplierIntegration} as canonical documents.
 *
 * <p>Implementations must be thread-safe: the integration may call them from several threads.
 */
public interface SupplierAdapter {

  /**
   * A short stable name for logs, idempotency keys and event sources, such as {@code acme-edi}.
   *
   * @return the name
   */
  String name();

  /**
   * Sends a purchase order to the supplier. Called at most once per order and content by the
   * integration (it is idempotent); an adapter whose transport may deliver twice should pass the
   * order id on so that the supplier can recognise a repeat.
   *
   * @param order the order, lines identified by the Odoo purchase order line id
   * @return the supplier's receipt
   * @throws SupplierUnavailableException if the supplier could not be reached (retryable)
   * @throws SupplierRejectedException if the supplier refused the order
   */
  TransmissionReceipt sendPurchaseOrder(PurchaseOrder order);
}
