package io.github.odooconnector.edi.internal;

import static io.github.odooconnector.edi.internal.Body.text;

import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdifactCodes;
import io.github.odooconnector.model.CanonicalValidationException;
import io.github.odooconnector.model.Invoice;
import io.github.odooconnector.model.InvoiceLine;
import io.github.odooconnector.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * INVOIC (commercial invoice, EANCOM style): BGM+380, DTM+137 invoice date, FTX+AAI notes, RFF+ON
 * the order, NAD+SE seller, NAD+BY buyer, CUX+2:currency:4, PAT+1 with DTM+13 the due date; per
 * line LIN, PIA, IMD+F, QTY+47 invoiced quantity, MOA+203 line amount, PRI+AAA net unit price,
 * RFF+ON::orderLine; UNS+S, CNT+2, MOA+79 the total of the lines.
 *
 * <p>The canonical invoice is net of tax, so TAX and the tax amounts are not written. Reading
 * checks every amount the partner declared: each MOA+203 against quantity × price, MOA+79 against
 * the sum of the lines, and, when the summary has MOA+77 (invoice amount) and MOA+176 (tax total),
 * that MOA+77 is MOA+79 plus MOA+176. Amounts are compared at cents.
 */
final class EdifactInvoice {
  private static final String LINE_AMOUNT = "203";
  private static final String LINES_TOTAL = "79";

  private EdifactInvoice() {}

  static List<Segment> write(Invoice inv, EdifactCodes codes) {
    List<Segment> out = new ArrayList<>();
    out.add(Segment.of("BGM", "380", inv.invoiceId(), "9"));
    out.add(Edifact.dtm("137", inv.invoiceDate()));
    Edifact.notes(out, inv.notes());
    if (inv.orderRef() != null) {
      out.add(Segment.of("RFF", Segment.c("ON", inv.orderRef())));
    }
    out.addAll(Common.nadWithContacts("SE", inv.seller()));
    out.addAll(Common.nadWithContacts("BY", inv.buyer()));
    out.add(Edifact.currency(inv.currency(), "4"));
    if (inv.dueDate() != null) {
      out.add(Segment.of("PAT", "1"));
      out.add(Edifact.dtm("13", inv.dueDate()));
    }
    int seq = 0;
    for (InvoiceLine l : inv.lines()) {
      out.add(Segment.of("LIN", Edifact.linNumber(l.lineId(), ++seq)));
      Edifact.products(out, codes, l.sku(), null);
      if (l.description() != null) {
        out.add(Segment.of("IMD", "F", null, Segment.c("", "", "", l.description())));
      }
      out.add(Edifact.qty("47", l.quantity()));
      out.add(Segment.of("MOA", Segment.c(LINE_AMOUNT, Common.num(l.amount().amount()))));
      out.add(Segment.of("PRI", Segment.c("AAA", Common.num(l.unitPrice().amount()))));
      if (l.orderLineRef() != null) {
        out.add(Segment.of("RFF", Segment.c("ON", inv.orderRef(), l.orderLineRef())));
      }
      Edifact.lineReference(out, l.lineId());
    }
    Edifact.summary(out, inv.lines().size());
    out.add(Segment.of("MOA", Segment.c(LINES_TOTAL, Common.num(inv.total().amount()))));
    return out;
  }

  static Invoice read(Body body, EdifactCodes codes) {
    Segment bgm = body.require("BGM");
    Edifact.Sections m = Edifact.sections(body);
    Invoice.Builder inv = Invoice.builder().invoiceId(text(bgm, 2));
    Segment date = Edifact.dtmOf(m.header(), "137");
    if (date == null) {
      throw body.missingSegment("DTM+137");
    }
    inv.invoiceDate(Edifact.date(date));
    Segment due = Edifact.dtmOf(m.header(), "13");
    if (due != null) {
      inv.dueDate(Edifact.date(due));
    }
    inv.orderRef(Edifact.reference(m.header(), "ON"));
    inv.notes(Edifact.notes(m.header()));
    Map<String, List<Segment>> nads = Common.nads(m.header());
    if (!nads.containsKey("SE")) {
      throw body.missingSegment("NAD+SE");
    }
    if (!nads.containsKey("BY")) {
      throw body.missingSegment("NAD+BY");
    }
    inv.seller(Common.party(nads.get("SE"))).buyer(Common.party(nads.get("BY")));
    Segment cux = Edifact.first(m.header(), "CUX", "2");
    if (cux == null) {
      throw body.missingSegment("CUX");
    }
    String currency = Body.comp(cux, 1, 2);
    Money total;
    try {
      total = Money.of(BigDecimal.ZERO, currency);
    } catch (CanonicalValidationException e) {
      throw Body.error(
          cux, 1, 2, EdiErrorKind.INVALID_VALUE, "unknown currency '" + currency + "'");
    }
    inv.currency(currency);
    if (m.lines().isEmpty()) {
      throw body.missingSegment("LIN");
    }
    for (List<Segment> group : m.lines()) {
      InvoiceLine line = line(group, codes, currency);
      total = total.plus(line.amount());
      inv.addLine(line);
    }
    Edifact.checkCount(body, m.summary(), m.lines().size());
    checkTotals(body, m.summary(), total);
    return inv.buildUnvalidated();
  }

  private static InvoiceLine line(List<Segment> group, EdifactCodes codes, String currency) {
    Segment lin = group.get(0);
    InvoiceLine.Builder line =
        InvoiceLine.builder()
            .lineId(Edifact.lineId(group))
            .sku(Edifact.products(group, codes, null));
    Segment qty = Edifact.qtyOf(group, "47");
    if (qty == null) {
      throw Body.error(lin, 0, 0, EdiErrorKind.MISSING_SEGMENT, "line without QTY+47 (invoiced)");
    }
    line.quantity(Edifact.qty(qty));
    Segment pri = Edifact.first(group, "PRI", "AAA");
    if (pri == null) {
      throw Body.error(lin, 0, 0, EdiErrorKind.MISSING_SEGMENT, "line without PRI+AAA (net price)");
    }
    line.unitPrice(Body.money(pri, 1, 2, currency));
    Segment imd = Edifact.first(group, "IMD", "F");
    if (imd != null) {
      line.description(Body.optional(imd, 3, 4));
    }
    Segment order = Edifact.first(group, "RFF", "ON");
    if (order != null) {
      line.orderLineRef(Body.optional(order, 1, 3));
    }
    InvoiceLine built = line.buildUnvalidated();
    Segment moa = Edifact.first(group, "MOA", LINE_AMOUNT);
    if (moa != null) {
      BigDecimal declared = Body.decimal(moa, 1, 2);
      BigDecimal computed = built.amount().amount();
      if (!Edifact.sameAmount(declared, computed)) {
        throw Body.error(
            moa,
            1,
            2,
            EdiErrorKind.INVALID_VALUE,
            "line amount "
                + declared.toPlainString()
                + " differs from quantity x price "
                + computed.stripTrailingZeros().toPlainString());
      }
    }
    return built;
  }

  private static void checkTotals(Body body, List<Segment> summary, Money total) {
    Segment lines = Edifact.first(summary, "MOA", LINES_TOTAL);
    if (lines == null) {
      throw body.missingSegment("MOA+79");
    }
    BigDecimal declared = Body.decimal(lines, 1, 2);
    if (!Edifact.sameAmount(declared, total.amount())) {
      throw Body.error(
          lines,
          1,
          2,
          EdiErrorKind.INVALID_VALUE,
          "total "
              + declared.toPlainString()
              + " differs from the sum of the lines "
              + total.amount().stripTrailingZeros().toPlainString());
    }
    Segment invoiceAmount = Edifact.first(summary, "MOA", "77");
    Segment tax = Edifact.first(summary, "MOA", "176");
    if (invoiceAmount != null && tax != null) {
      BigDecimal gross = Body.decimal(invoiceAmount, 1, 2);
      BigDecimal expected = declared.add(Body.decimal(tax, 1, 2));
      if (!Edifact.sameAmount(gross, expected)) {
        throw Body.error(
            invoiceAmount,
            1,
            2,
            EdiErrorKind.INVALID_VALUE,
            "invoice amount "
                + gross.toPlainString()
                + " is not the lines total plus tax "
                + expected.toPlainString());
      }
    }
  }
}
