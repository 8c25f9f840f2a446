package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTransaction;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.EdifactCodes;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Invoice;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Dispatches EDIFACT messages other than DESADV to their mapper: ORDERS, ORDRSP, INVOIC, INVRPT
 * (with the partner's {@link EdifactCodes}) and the partner's CONTRL (read only; ours are written
 * by {@link Acknowledgements#contrl}).
 */
final class EdifactDocuments {
  private EdifactDocuments() {}

  static List<Segment> write(EdiDocument doc, ZonedDateTime now) {
    return write(doc, EdifactCodes.defaults());
  }

  static Object read(EdiTransaction t, Body body) {
    return read(t, body, EdifactCodes.defaults());
  }

  static List<Segment> write(EdiDocument doc, EdifactCodes codes) {
    Object c = doc.content();
    return switch (doc.transaction()) {
      case PURCHASE_ORDER -> EdifactOrders.write((PurchaseOrder) c, codes);
      case PURCHASE_ORDER_ACKNOWLEDGEMENT ->
          EdifactOrderResponse.write((PurchaseOrderAcknowledgement) c, codes);
      case INVOICE -> EdifactInvoice.write((Invoice) c, codes);
      case INVENTORY_REPORT -> EdifactInventory.write((InventorySnapshot) c, codes);
      case FUNCTIONAL_ACKNOWLEDGEMENT ->
          throw new EdiWriteException("a CONTRL is written by EdiTranslator.acknowledge(...)");
      default -> throw Mappers.unsupported(EdiStandard.EDIFACT, doc.transaction());
    };
  }

  static Object read(EdiTransaction t, Body body, EdifactCodes codes) {
    return switch (t) {
      case PURCHASE_ORDER -> EdifactOrders.read(body, codes);
      case PURCHASE_ORDER_ACKNOWLEDGEMENT -> EdifactOrderResponse.read(body, codes);
      case INVOICE -> EdifactInvoice.read(body, codes);
      case INVENTORY_REPORT -> EdifactInventory.read(body, codes);
      case FUNCTIONAL_ACKNOWLEDGEMENT -> Contrl.read(body);
      default ->
          throw Body.error(
              body.header(),
              1,
              0,
              EdiErrorKind.UNSUPPORTED_TRANSACTION,
              "transaction " + t + " is not mapped in EDIFACT");
    };
  }
}
