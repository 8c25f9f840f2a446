package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.optional;
import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTransaction;
import io.github.odooconnector.edi.api.X12WarehouseOptions;
import io.github.odooconnector.model.AcknowledgementLine;
import io.github.odooconnector.model.AcknowledgementStatus;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Invoice;
import io.github.odooconnector.model.InvoiceLine;
import io.github.odooconnector.model.LineAcknowledgementStatus;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.OrderStatus;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.model.PurchaseOrderLine;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * X12 850 (purchase order), 855 (purchase order acknowledgement) and 810 (invoice). Line loops are
 * PO1 (850/855) and IT1 (810); a DTM, PID or ACK belongs to the line whose PO1/IT1 precedes it.
 */
final class X12Documents {
  private static final Map<String, AcknowledgementStatus> ACK_TYPES =
      Map.of(
          "AD", AcknowledgementStatus.ACCEPTED,
          "AC", AcknowledgementStatus.ACCEPTED_WITH_CHANGES,
          "RJ", AcknowledgementStatus.REJECTED);
  private static final Map<String, LineAcknowledgementStatus> LINE_STATUSES =
      Map.of(
          "IA", LineAcknowledgementStatus.ACCEPTED,
          "IC", LineAcknowledgementStatus.CHANGED,
          "IB", LineAcknowledgementStatus.BACKORDERED,
          "IR", LineAcknowledgementStatus.REJECTED);
  private static final Map<String, String> PURPOSES = Map.of("00", "original", "01", "cancel");

  private X12Documents() {}

  static List<Segment> write(EdiDocument doc, ZonedDateTime now) {
    Object c = doc.content();
    return switch (doc.transaction()) {
      case PURCHASE_ORDER -> writeOrder((PurchaseOrder) c);
      case PURCHASE_ORDER_ACKNOWLEDGEMENT -> writeAcknowledgement((PurchaseOrderAcknowledgement) c);
      case INVOICE -> writeInvoice((Invoice) c);
      default -> throw Mappers.unsupported(EdiStandard.X12, doc.transaction());
    };
  }

  /** Writes a warehouse transaction (940/945/943/944/846) or else as {@link #write}. */
  static List<Segment> write(EdiDocument doc, ZonedDateTime now, X12WarehouseOptions o) {
    Object c = doc.content();
    return switch (doc.transaction()) {
      case WAREHOUSE_SHIPPING_ORDER -> X12WarehouseOrders.write940((FulfillmentOrder) c, o);
      case WAREHOUSE_SHIPPING_ADVICE -> X12WarehouseOrders.write945((Shipment) c, o);
      case STOCK_TRANSFER_SHIPMENT_ADVICE ->
          X12WarehouseReceipts.write943((AdvanceShipNotice) c, now, o);
      case STOCK_TRANSFER_RECEIPT_ADVICE -> X12WarehouseReceipts.write944((Receipt) c, o);
      case INVENTORY_REPORT -> X12Inventory.write((InventorySnapshot) c, o);
      default -> write(doc, now);
    };
  }

  /** Reads a warehouse transaction (940/945/943/944/846) or else as {@link #read}. */
  static Object read(EdiTransaction t, Body body, X12WarehouseOptions o) {
    return switch (t) {
      case WAREHOUSE_SHIPPING_ORDER -> X12WarehouseOrders.read940(body, o);
      case WAREHOUSE_SHIPPING_ADVICE -> X12WarehouseOrders.read945(body, o);
      case STOCK_TRANSFER_SHIPMENT_ADVICE -> X12WarehouseReceipts.read943(body, o);
      case STOCK_TRANSFER_RECEIPT_ADVICE -> X12WarehouseReceipts.read944(body, o);
      case INVENTORY_REPORT -> X12Inventory.read(body, o);
      default -> read(t, body);
    };
  }

  static Object read(EdiTransaction t, Body body) {
    return switch (t) {
      case PURCHASE_ORDER -> readOrder(body);
      case PURCHASE_ORDER_ACKNOWLEDGEMENT -> readAcknowledgement(body);
      case INVOICE -> readInvoice(body);
      default ->
          throw Body.error(
              body.header(),
              1,
              0,
              EdiErrorKind.UNSUPPORTED_TRANSACTION,
              "transaction " + t + " is not mapped yet");
    };
  }

  // ------------------------------------------------------------------------------ 850

  private static List<Segment> writeOrder(PurchaseOrder po) {
    List<Segment> out = new ArrayList<>();
    out.add(
        Segment.of(
            "BEG",
            po.status() == OrderStatus.CANCELLED ? "01" : "00",
            "SA",
            po.orderId(),
            null,
            Common.d8(po.orderedAt())));
    if (po.externalRef() != null) {
      out.add(Segment.of("REF", "CO", po.externalRef()));
    }
    String currency =
        Common.currencyOf(
            po.lines().stream().map(PurchaseOrderLine::unitPrice).toList(), "unitPrice");
    if (currency != null) {
      out.add(Segment.of("CUR", "BY", currency));
    }
    out.add(Segment.of("DTM", "004", Common.d8(po.orderedAt()), Common.t6(po.orderedAt()), "UT"));
    if (po.expectedDeliveryDate() != null) {
      out.add(Segment.of("DTM", "002", Common.d8(po.expectedDeliveryDate())));
    }
    Common.notes(out, "MSG", null, po.notes(), 264);
    Common.x12Party(out, "SU", po.supplier());
    if (po.deliverTo() != null) {
      Common.x12Location(out, "ST", po.deliverTo());
    }
    for (PurchaseOrderLine l : po.lines()) {
      List<Object> po1 =
          new ArrayList<>(
              List.of(
                  l.lineId(),
                  Common.num(l.quantity().value()),
                  Units.toX12(l.quantity().unit(), "line " + l.lineId() + " quantity")));
      po1.add(l.unitPrice() == null ? null : Common.num(l.unitPrice().amount()));
      po1.add(null);
      po1.add("SK");
      po1.add(l.sku().value());
      if (l.supplierSku() != null) {
        po1.add("VP");
        po1.add(l.supplierSku());
      }
      out.add(Segment.of("PO1", po1.toArray()));
      if (l.description() != null) {
        out.add(Segment.of("PID", "F", null, null, null, l.description()));
      }
      if (l.expectedDate() != null) {
        out.add(Segment.of("DTM", "002", Common.d8(l.expectedDate())));
      }
    }
    out.add(Segment.of("CTT", po.lines().size()));
    return out;
  }

  private static PurchaseOrder readOrder(Body body) {
    Segment beg = body.require("BEG");
    if (!PURPOSES.containsKey(text(beg, 1))) {
      throw Body.error(
          beg,
          1,
          0,
          EdiErrorKind.INVALID_VALUE,
          "unsupported purpose '" + beg.el(1) + "', expected 00 (original) or 01 (cancel)");
    }
    PurchaseOrder.Builder po =
        PurchaseOrder.builder()
            .orderId(text(beg, 3))
            .status(beg.el(1).equals("01") ? OrderStatus.CANCELLED : OrderStatus.CONFIRMED)
            .orderedAt(Body.date(beg, 5).atStartOfDay().toInstant(ZoneOffset.UTC));
    String currency = body.first("CUR").map(s -> text(s, 2)).orElse(null);
    var parties = Common.x12Parties(body.content());
    Common.PartyLoop su = parties.get("SU");
    if (su == null) {
      throw body.missingSegment("N1*SU");
    }
    po.supplier(Common.x12Party(su));
    Common.PartyLoop st = parties.get("ST");
    if (st != null) {
      po.deliverTo(Common.x12Location(st));
    }
    po.notes(Common.readNotes(body.content(), "MSG", 1, null));
    PurchaseOrderLine.Builder line = null;
    List<PurchaseOrderLine.Builder> lines = new ArrayList<>();
    for (Segment s : body.content()) {
      switch (s.tag()) {
        case "REF" -> {
          if (s.el(1).equals("CO")) {
            po.externalRef(text(s, 2));
          }
        }
        case "DTM" -> {
          if (line == null && s.el(1).equals("004")) {
            po.orderedAt(Common.instant(s, 2, 3));
          } else if (s.el(1).equals("002")) {
            if (line == null) {
              po.expectedDeliveryDate(Body.date(s, 2));
            } else {
              line.expectedDate(Body.date(s, 2));
            }
          }
        }
        case "PO1" -> {
          line =
              PurchaseOrderLine.builder()
                  .lineId(text(s, 1))
                  .quantity(Body.quantity(s, 2, 3, Units::fromX12));
          if (s.has(4)) {
            line.unitPrice(Body.money(s, 4, 1, currency));
          }
          productIds(s, 6, line::sku, line::supplierSku, null);
          lines.add(line);
        }
        case "PID" -> {
          if (line != null) {
            line.description(optional(s, 5));
          }
        }
        default -> {
          // not mapped
        }
      }
    }
    if (lines.isEmpty()) {
      throw body.missingSegment("PO1");
    }
    lines.forEach(l -> po.addLine(l.buildUnvalidated()));
    checkCount(body, lines.size());
    return po.buildUnvalidated();
  }

  /** Reads qualifier/id pairs from {@code first} on: SK (our SKU), VP (supplier's), PL (line). */
  private static void productIds(
      Segment s,
      int first,
      Consumer<Sku> sku,
      Consumer<String> vendorPart,
      Consumer<String> orderLine) {
    boolean found = false;
    for (int e = first; e + 1 <= s.elements().size(); e += 2) {
      switch (s.el(e)) {
        case "SK" -> {
          sku.accept(Body.sku(s, e + 1, 1));
          found = true;
        }
        case "VP" -> {
          if (vendorPart != null) {
            vendorPart.accept(text(s, e + 1));
          }
        }
        case "PL" -> {
          if (orderLine != null) {
            orderLine.accept(text(s, e + 1));
          }
        }
        default -> {
          // other product id qualifiers are not mapped
        }
      }
    }
    if (!found) {
      throw Body.error(
          s, first, 0, EdiErrorKind.MISSING_ELEMENT, "no SK (buyer's item number) qualifier");
    }
  }

  private static void checkCount(Body body, int lines) {
    body.first("CTT")
        .ifPresent(
            ctt -> {
              BigDecimal n = Body.decimal(ctt, 1);
              if (n.compareTo(BigDecimal.valueOf(lines)) != 0) {
                throw Body.error(
                    ctt,
                    1,
                    0,
                    EdiErrorKind.CONTROL_MISMATCH,
                    "CTT counts "
                        + n.toPlainString()
                        + " line items, the transaction has "
                        + lines);
              }
            });
  }

  // ------------------------------------------------------------------------------ 855

  private static List<Segment> writeAcknowledgement(PurchaseOrderAcknowledgement ack) {
    List<Segment> out = new ArrayList<>();
    String type =
        switch (ack.status()) {
          case ACCEPTED -> "AD";
          case ACCEPTED_WITH_CHANGES -> "AC";
          case REJECTED -> "RJ";
        };
    String day = Common.d8(ack.acknowledgedOn());
    out.add(
        Segment.of(
            "BAK",
            "00",
            type,
            ack.purchaseOrderRef(),
            day,
            null,
            null,
            null,
            ack.acknowledgementId(),
            day));
    String currency =
        Common.currencyOf(
            ack.lines().stream().map(AcknowledgementLine::unitPrice).toList(), "unitPrice");
    if (currency != null) {
      out.add(Segment.of("CUR", "SE", currency));
    }
    Common.notes(out, "MSG", null, ack.notes(), 264);
    if (ack.supplier() != null) {
      Common.x12Party(out, "SU", ack.supplier());
    }
    for (AcknowledgementLine l : ack.lines()) {
      out.add(
          Segment.of(
              "PO1",
              l.lineId(),
              null,
              null,
              l.unitPrice() == null ? null : Common.num(l.unitPrice().amount()),
              null,
              "SK",
              l.sku().value()));
      String status =
          switch (l.status()) {
            case ACCEPTED -> "IA";
            case CHANGED -> "IC";
            case BACKORDERED -> "IB";
            case REJECTED -> "IR";
          };
      out.add(
          Segment.of(
              "ACK",
              status,
              l.quantity() == null ? null : Common.num(l.quantity().value()),
              l.quantity() == null
                  ? null
                  : Units.toX12(l.quantity().unit(), "line " + l.lineId() + " quantity"),
              l.promisedDate() == null ? null : "067",
              Common.d8(l.promisedDate())));
    }
    out.add(Segment.of("CTT", ack.lines().size()));
    return out;
  }

  private static PurchaseOrderAcknowledgement readAcknowledgement(Body body) {
    Segment bak = body.require("BAK");
    PurchaseOrderAcknowledgement.Builder ack =
        PurchaseOrderAcknowledgement.builder()
            .status(Body.code(bak, 2, 1, ACK_TYPES))
            .purchaseOrderRef(text(bak, 3))
            .acknowledgedOn(Body.date(bak, bak.has(9) ? 9 : 4));
    ack.acknowledgementId(bak.has(8) ? text(bak, 8) : text(bak, 3));
    String currency = body.first("CUR").map(s -> text(s, 2)).orElse(null);
    Common.PartyLoop su = Common.x12Parties(body.content()).get("SU");
    if (su != null) {
      ack.supplier(Common.x12Party(su));
    }
    ack.notes(Common.readNotes(body.content(), "MSG", 1, null));
    List<AcknowledgementLine.Builder> lines = new ArrayList<>();
    AcknowledgementLine.Builder line = null;
    boolean acked = true;
    Segment lastPo1 = null;
    for (Segment s : body.content()) {
      switch (s.tag()) {
        case "PO1" -> {
          if (!acked) {
            throw Body.error(lastPo1, 0, 0, EdiErrorKind.MISSING_SEGMENT, "PO1 without an ACK");
          }
          line = AcknowledgementLine.builder().lineId(text(s, 1));
          if (s.has(4)) {
            line.unitPrice(Body.money(s, 4, 1, currency));
          }
          productIds(s, 6, line::sku, null, null);
          lines.add(line);
          acked = false;
          lastPo1 = s;
        }
        case "ACK" -> {
          if (line == null) {
            throw Body.error(s, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT, "ACK without a PO1");
          }
          line.status(Body.code(s, 1, 1, LINE_STATUSES));
          if (s.has(2)) {
            line.quantity(Body.quantity(s, 2, 3, Units::fromX12));
          }
          if (s.has(5)) {
            line.promisedDate(Body.date(s, 5));
          }
          acked = true;
        }
        default -> {
          // not mapped
        }
      }
    }
    if (!acked) {
      throw Body.error(lastPo1, 0, 0, EdiErrorKind.MISSING_SEGMENT, "PO1 without an ACK");
    }
    lines.forEach(l -> ack.addLine(l.buildUnvalidated()));
    checkCount(body, lines.size());
    return ack.buildUnvalidated();
  }

  // ------------------------------------------------------------------------------ 810

  private static List<Segment> writeInvoice(Invoice inv) {
    List<Segment> out = new ArrayList<>();
    out.add(Segment.of("BIG", Common.d8(inv.invoiceDate()), inv.invoiceId(), null, inv.orderRef()));
    Common.notes(out, "NTE", "GEN", inv.notes(), 80);
    out.add(Segment.of("CUR", "SE", inv.currency()));
    Common.x12Party(out, "SE", inv.seller());
    Common.x12Party(out, "BY", inv.buyer());
    if (inv.dueDate() != null) {
      out.add(Segment.of("ITD", "01", "3", null, null, null, Common.d8(inv.dueDate())));
    }
    for (InvoiceLine l : inv.lines()) {
      List<Object> it1 =
          new ArrayList<>(
              List.of(
                  l.lineId(),
                  Common.num(l.quantity().value()),
                  Units.toX12(l.quantity().unit(), "line " + l.lineId() + " quantity"),
                  Common.num(l.unitPrice().amount()),
                  "",
                  "SK",
                  l.sku().value()));
      if (l.orderLineRef() != null) {
        it1.add("PL");
        it1.add(l.orderLineRef());
      }
      out.add(Segment.of("IT1", it1.toArray()));
      if (l.description() != null) {
        out.add(Segment.of("PID", "F", null, null, null, l.description()));
      }
    }
    out.add(Segment.of("TDS", cents(inv.total().amount())));
    out.add(Segment.of("CTT", inv.lines().size()));
    return out;
  }

  private static String cents(BigDecimal amount) {
    return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  private static Invoice readInvoice(Body body) {
    Segment big = body.require("BIG");
    Invoice.Builder inv =
        Invoice.builder()
            .invoiceDate(Body.date(big, 1))
            .invoiceId(text(big, 2))
            .orderRef(optional(big, 4));
    Segment cur = body.require("CUR");
    String currency = text(cur, 2);
    inv.currency(currency);
    var parties = Common.x12Parties(body.content());
    Common.PartyLoop se = parties.get("SE");
    if (se == null) {
      throw body.missingSegment("N1*SE");
    }
    Common.PartyLoop by = parties.get("BY");
    if (by == null) {
      throw body.missingSegment("N1*BY");
    }
    inv.seller(Common.x12Party(se)).buyer(Common.x12Party(by));
    inv.notes(Common.readNotes(body.content(), "NTE", 2, "GEN"));
    body.first("ITD").filter(s -> s.has(6)).ifPresent(s -> inv.dueDate(Body.date(s, 6)));
    List<InvoiceLine.Builder> lines = new ArrayList<>();
    InvoiceLine.Builder line = null;
    Money total;
    try {
      total = Money.of(BigDecimal.ZERO, currency);
    } catch (CanonicalValidationException e) {
      throw Body.error(
          cur, 2, 0, EdiErrorKind.INVALID_VALUE, "unknown currency '" + currency + "'");
    }
    for (Segment s : body.content()) {
      switch (s.tag()) {
        case "IT1" -> {
          line =
              InvoiceLine.builder()
                  .lineId(text(s, 1))
                  .quantity(Body.quantity(s, 2, 3, Units::fromX12))
                  .unitPrice(Body.money(s, 4, 1, currency));
          productIds(s, 6, line::sku, null, line::orderLineRef);
          lines.add(line);
          InvoiceLine built = line.buildUnvalidated();
          total = total.plus(built.unitPrice().times(built.quantity().value()));
        }
        case "PID" -> {
          if (line != null) {
            line.description(optional(s, 5));
          }
        }
        default -> {
          // not mapped
        }
      }
    }
    if (lines.isEmpty()) {
      throw body.missingSegment("IT1");
    }
    Segment tds = body.require("TDS");
    BigDecimal declared = Body.decimal(tds, 1);
    if (declared.compareTo(new BigDecimal(cents(total.amount()))) != 0) {
      throw Body.error(
          tds,
          1,
          0,
          EdiErrorKind.INVALID_VALUE,
          "total "
              + declared.movePointLeft(2).toPlainString()
              + " differs from the sum of the lines "
              + total.amount().toPlainString());
    }
    lines.forEach(l -> inv.addLine(l.buildUnvalidated()));
    checkCount(body, lines.size());
    return inv.buildUnvalidated();
  }
}
