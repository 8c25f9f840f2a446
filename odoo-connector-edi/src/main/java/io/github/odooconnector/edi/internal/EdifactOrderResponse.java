package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.EdifactCodes;
import io.github.odooconnector.model.AcknowledgementLine;
import io.github.odooconnector.model.AcknowledgementStatus;
import io.github.odooconnector.model.LineAcknowledgementStatus;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ORDRSP (purchase order response, EANCOM style): BGM+231 with 1225 {@code 29} accepted, {@code 4}
 * accepted with changes, {@code 27} rejected; DTM+137 acknowledged on, RFF+ON the order, FTX+AAI
 * notes, NAD+SU, CUX; per line LIN with 1229 {@code 5} accepted, {@code 3} changed ({@code 6},
 * accepted with amendment, is read as changed), {@code 7} not accepted; a backordered line is
 * {@code 3} with QTY+83 (backorder quantity), other confirmed quantities are QTY+113; PRI+AAA the
 * confirmed price, DTM+69 the promised date; UNS+S, CNT+2.
 */
final class EdifactOrderResponse {
  private static final Map<String, AcknowledgementStatus> FUNCTIONS =
      Map.of(
          "29", AcknowledgementStatus.ACCEPTED,
          "4", AcknowledgementStatus.ACCEPTED_WITH_CHANGES,
          "27", AcknowledgementStatus.REJECTED);
  private static final Map<String, LineAcknowledgementStatus> ACTIONS =
      Map.of(
          "5", LineAcknowledgementStatus.ACCEPTED,
          "3", LineAcknowledgementStatus.CHANGED,
          "6", LineAcknowledgementStatus.CHANGED,
          "7", LineAcknowledgementStatus.REJECTED);
  private static final String BACKORDER = "83";
  private static final String TO_BE_DELIVERED = "113";

  private EdifactOrderResponse() {}

  static List<Segment> write(PurchaseOrderAcknowledgement ack, EdifactCodes codes) {
    List<Segment> out = new ArrayList<>();
    String function =
        switch (ack.status()) {
          case ACCEPTED -> "29";
          case ACCEPTED_WITH_CHANGES -> "4";
          case REJECTED -> "27";
        };
    out.add(Segment.of("BGM", "231", ack.acknowledgementId(), function));
    out.add(Edifact.dtm("137", ack.acknowledgedOn()));
    Edifact.notes(out, ack.notes());
    out.add(Segment.of("RFF", Segment.c("ON", ack.purchaseOrderRef())));
    if (ack.supplier() != null) {
      out.addAll(Common.nadWithContacts("SU", ack.supplier()));
    }
    String currency =
        Common.currencyOf(
            ack.lines().stream().map(AcknowledgementLine::unitPrice).toList(), "unitPrice");
    if (currency != null) {
      out.add(Edifact.currency(currency, "9"));
    }
    int seq = 0;
    for (AcknowledgementLine l : ack.lines()) {
      String action =
          switch (l.status()) {
            case ACCEPTED -> "5";
            case CHANGED, BACKORDERED -> "3";
            case REJECTED -> "7";
          };
      out.add(Segment.of("LIN", Edifact.linNumber(l.lineId(), ++seq), action));
      Edifact.products(out, codes, l.sku(), null);
      if (l.status() == LineAcknowledgementStatus.BACKORDERED && l.quantity() == null) {
        throw new EdiWriteException(
            "line "
                + l.lineId()
                + ": a BACKORDERED line needs its quantity in EDIFACT (QTY+83 backorder quantity)");
      }
      if (l.quantity() != null) {
        out.add(
            Edifact.qty(
                l.status() == LineAcknowledgementStatus.BACKORDERED ? BACKORDER : TO_BE_DELIVERED,
                l.quantity()));
      }
      if (l.promisedDate() != null) {
        out.add(Edifact.dtm("69", l.promisedDate()));
      }
      if (l.unitPrice() != null) {
        out.add(Segment.of("PRI", Segment.c("AAA", Common.num(l.unitPrice().amount()))));
      }
      Edifact.lineReference(out, l.lineId());
    }
    Edifact.summary(out, ack.lines().size());
    return out;
  }

  static PurchaseOrderAcknowledgement read(Body body, EdifactCodes codes) {
    Segment bgm = body.require("BGM");
    Edifact.Sections m = Edifact.sections(body);
    PurchaseOrderAcknowledgement.Builder ack =
        PurchaseOrderAcknowledgement.builder()
            .acknowledgementId(text(bgm, 2))
            .status(Body.code(bgm, 3, 1, FUNCTIONS));
    Segment date = Edifact.dtmOf(m.header(), "137");
    if (date == null) {
      throw body.missingSegment("DTM+137");
    }
    ack.acknowledgedOn(Edifact.date(date));
    String order = Edifact.reference(m.header(), "ON");
    if (order == null) {
      throw body.missingSegment("RFF+ON");
    }
    ack.purchaseOrderRef(order);
    ack.notes(Edifact.notes(m.header()));
    List<Segment> su = Common.nads(m.header()).get("SU");
    if (su != null) {
      ack.supplier(Common.party(su));
    }
    String currency = Edifact.currency(m.header());
    for (List<Segment> group : m.lines()) {
      ack.addLine(line(group, codes, currency));
    }
    Edifact.checkCount(body, m.summary(), m.lines().size());
    return ack.buildUnvalidated();
  }

  private static AcknowledgementLine line(
      List<Segment> group, EdifactCodes codes, String currency) {
    Segment lin = group.get(0);
    AcknowledgementLine.Builder line =
        AcknowledgementLine.builder()
            .lineId(Edifact.lineId(group))
            .sku(Edifact.products(group, codes, null));
    if (!lin.has(2)) {
      throw Body.error(
          lin, 2, 0, EdiErrorKind.MISSING_ELEMENT, "line without action code (LIN 1229)");
    }
    LineAcknowledgementStatus status = Body.code(lin, 2, 1, ACTIONS);
    Segment backorder = Edifact.qtyOf(group, BACKORDER);
    if (backorder != null) {
      if (status != LineAcknowledgementStatus.CHANGED) {
        throw Body.error(
            backorder,
            1,
            1,
            EdiErrorKind.INVALID_VALUE,
            "a backorder quantity on a line whose action is " + lin.el(2) + ", expected 3");
      }
      status = LineAcknowledgementStatus.BACKORDERED;
      line.quantity(Edifact.qty(backorder));
    } else {
      Segment qty = Edifact.qtyOf(group, TO_BE_DELIVERED);
      if (qty == null) {
        qty = Edifact.qtyOf(group, "21");
      }
      if (qty != null) {
        line.quantity(Edifact.qty(qty));
      }
    }
    line.status(status);
    Segment promised = Edifact.dtmOf(group, "69");
    if (promised != null) {
      line.promisedDate(Edifact.date(promised));
    }
    Segment pri = Edifact.first(group, "PRI", "AAA");
    if (pri != null) {
      line.unitPrice(Body.money(pri, 1, 2, currency));
    }
    return line.buildUnvalidated();
  }
}
