package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdifactCodes;
import io.github.odooconnector.model.OrderStatus;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ORDERS (purchase order, EANCOM style): BGM+220 (1225 {@code 9} original, {@code 1} cancellation),
 * DTM+137 ordered at, DTM+2 delivery date, FTX+AAI notes, RFF+CR external reference, NAD+SU
 * supplier, NAD+DP with LOC+7 deliver-to, CUX+2:currency:9; per line LIN, PIA, IMD+F description,
 * QTY+21, PRI+AAA, DTM+2; UNS+S, CNT+2.
 */
final class EdifactOrders {
  private static final Map<String, OrderStatus> FUNCTIONS =
      Map.of("9", OrderStatus.CONFIRMED, "1", OrderStatus.CANCELLED);

  private EdifactOrders() {}

  static List<Segment> write(PurchaseOrder po, EdifactCodes codes) {
    List<Segment> out = new ArrayList<>();
    out.add(
        Segment.of("BGM", "220", po.orderId(), po.status() == OrderStatus.CANCELLED ? "1" : "9"));
    out.add(Edifact.dtm("137", po.orderedAt()));
    if (po.expectedDeliveryDate() != null) {
      out.add(Edifact.dtm("2", po.expectedDeliveryDate()));
    }
    Edifact.notes(out, po.notes());
    if (po.externalRef() != null) {
      out.add(Segment.of("RFF", Segment.c("CR", po.externalRef())));
    }
    out.addAll(Common.nadWithContacts("SU", po.supplier()));
    if (po.deliverTo() != null) {
      out.addAll(Common.nadLocation("DP", po.deliverTo()));
    }
    String currency =
        Common.currencyOf(
            po.lines().stream().map(PurchaseOrderLine::unitPrice).toList(), "unitPrice");
    if (currency != null) {
      out.add(Edifact.currency(currency, "9"));
    }
    int seq = 0;
    for (PurchaseOrderLine l : po.lines()) {
      out.add(Segment.of("LIN", Edifact.linNumber(l.lineId(), ++seq)));
      Edifact.products(out, codes, l.sku(), l.supplierSku());
      if (l.description() != null) {
        out.add(Segment.of("IMD", "F", null, Segment.c("", "", "", l.description())));
      }
      out.add(Edifact.qty("21", l.quantity()));
      if (l.expectedDate() != null) {
        out.add(Edifact.dtm("2", l.expectedDate()));
      }
      if (l.unitPrice() != null) {
        out.add(Segment.of("PRI", Segment.c("AAA", Common.num(l.unitPrice().amount()))));
      }
      Edifact.lineReference(out, l.lineId());
    }
    Edifact.summary(out, po.lines().size());
    return out;
  }

  static PurchaseOrder read(Body body, EdifactCodes codes) {
    Segment bgm = body.require("BGM");
    Edifact.Sections m = Edifact.sections(body);
    PurchaseOrder.Builder po =
        PurchaseOrder.builder()
            .orderId(text(bgm, 2))
            .status(bgm.has(3) ? Body.code(bgm, 3, 1, FUNCTIONS) : OrderStatus.CONFIRMED);
    Segment ordered = Edifact.dtmOf(m.header(), "137");
    if (ordered == null) {
      throw body.missingSegment("DTM+137");
    }
    po.orderedAt(Edifact.instant(ordered));
    Segment delivery = Edifact.dtmOf(m.header(), "2");
    if (delivery != null) {
      po.expectedDeliveryDate(Edifact.date(delivery));
    }
    po.notes(Edifact.notes(m.header()));
    po.externalRef(Edifact.reference(m.header(), "CR"));
    Map<String, List<Segment>> nads = Common.nads(m.header());
    if (!nads.containsKey("SU")) {
      throw body.missingSegment("NAD+SU");
    }
    po.supplier(Common.party(nads.get("SU")));
    List<Segment> deliverTo = nads.containsKey("DP") ? nads.get("DP") : nads.get("ST");
    if (deliverTo != null) {
      po.deliverTo(Common.location(deliverTo));
    }
    String currency = Edifact.currency(m.header());
    if (m.lines().isEmpty()) {
      throw body.missingSegment("LIN");
    }
    for (List<Segment> group : m.lines()) {
      po.addLine(line(group, codes, currency));
    }
    Edifact.checkCount(body, m.summary(), m.lines().size());
    return po.buildUnvalidated();
  }

  private static PurchaseOrderLine line(List<Segment> group, EdifactCodes codes, String currency) {
    PurchaseOrderLine.Builder line = PurchaseOrderLine.builder().lineId(Edifact.lineId(group));
    line.sku(Edifact.products(group, codes, line::supplierSku));
    Segment qty = Edifact.qtyOf(group, "21");
    if (qty == null) {
      throw Body.error(
          group.get(0), 0, 0, EdiErrorKind.MISSING_SEGMENT, "line without QTY+21 (ordered)");
    }
    line.quantity(Edifact.qty(qty));
    Segment imd = Edifact.first(group, "IMD", "F");
    if (imd != null) {
      line.description(Body.optional(imd, 3, 4));
    }
    Segment date = Edifact.dtmOf(group, "2");
    if (date != null) {
      line.expectedDate(Edifact.date(date));
    }
    Segment pri = Edifact.first(group, "PRI", "AAA");
    if (pri != null) {
      line.unitPrice(Body.money(pri, 1, 2, currency));
    }
    return line.buildUnvalidated();
  }
}
