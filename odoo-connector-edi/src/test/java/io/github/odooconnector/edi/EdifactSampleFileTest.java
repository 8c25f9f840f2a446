package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.model.AcknowledgementLine;
import io.github.odooconnector.model.AcknowledgementStatus;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Invoice;
import io.github.odooconnector.model.InvoiceLine;
import io.github.odooconnector.model.LineAcknowledgementStatus;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.model.PurchaseOrderLine;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.StockLevel;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.model.UnitOfMeasure;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Reads EDIFACT interchanges written by hand the way partners send them (EANCOM association codes,
 * GTINs in LIN, quantities without a unit, tax in the summary), not by this module.
 */
class EdifactSampleFileTest {
  private final EdiTranslator translator = EdifactSamples.translator();
  private final TradingPartner euro = EdiSamples.edifactSupplier();

  private ReceivedInterchange read(TradingPartner partner, String file) {
    return translator.read(partner, EdiSamples.resource(file));
  }

  @Test
  void aCustomersOrdersIsReadWithDeliveryPlaceNotesAndThreeLines() {
    PurchaseOrder po = read(euro, "ORDERS-euro.edi").documents(PurchaseOrder.class).get(0);

    assertThat(po.orderId()).isEqualTo("PO-EU-0512");
    assertThat(po.orderedAt()).isEqualTo(Instant.parse("2026-11-28T08:15:00Z"));
    assertThat(po.expectedDeliveryDate()).isEqualTo(LocalDate.parse("2026-12-07"));
    assertThat(po.notes()).isEqualTo("Please deliver before noon: gate 3");
    assertThat(po.externalRef()).isEqualTo("EU-CUST-77");
    assertThat(po.supplier().name()).isEqualTo("Odoo Distribution BV");
    assertThat(po.supplier().phone()).isEqualTo("+31 20 555 0199");
    assertThat(po.deliverTo()).isEqualTo(LocationRef.of("WH2", "WH2/Dock 3"));
    assertThat(po.lines())
        .extracting(
            PurchaseOrderLine::lineId,
            PurchaseOrderLine::sku,
            PurchaseOrderLine::quantity,
            PurchaseOrderLine::unitPrice)
        .containsExactly(
            tuple(
                "1",
                Sku.of("FURN-0001"),
                Quantity.of(36, UnitOfMeasure.EA),
                Money.of("41.5", "EUR")),
            tuple("2", Sku.of("BOLT-M8"), Quantity.of(5, UnitOfMeasure.KGM), Money.of("8", "EUR")),
            tuple("3", Sku.of("LAMP-02"), Quantity.of(12, UnitOfMeasure.EA), null));
    assertThat(po.lines().get(0).supplierSku()).isEqualTo("ODC-CHAIR-BLK");
    assertThat(po.lines().get(0).description()).isEqualTo("Office chair, black");
    assertThat(po.lines().get(0).expectedDate()).isEqualTo(LocalDate.parse("2026-12-05"));
  }

  @Test
  void aSuppliersOrderResponseIsReadWithEachLinesDecision() {
    ReceivedInterchange in = read(euro, "ORDRSP-euro.edi");

    PurchaseOrderAcknowledgement ack = in.documents(PurchaseOrderAcknowledgement.class).get(0);
    assertThat(in.documents().get(0).transaction().version()).isEqualTo("D:96A");
    assertThat(ack.acknowledgementId()).isEqualTo("RSP-2026-311");
    assertThat(ack.purchaseOrderRef()).isEqualTo("P00017");
    assertThat(ack.status()).isEqualTo(AcknowledgementStatus.ACCEPTED_WITH_CHANGES);
    assertThat(ack.acknowledgedOn()).isEqualTo(LocalDate.parse("2026-11-30"));
    assertThat(ack.supplier().name()).isEqualTo("Euro Supply GmbH");
    assertThat(ack.lines())
        .extracting(
            AcknowledgementLine::lineId,
            AcknowledgementLine::status,
            AcknowledgementLine::quantity,
            AcknowledgementLine::promisedDate)
        .containsExactly(
            tuple(
                "10",
                LineAcknowledgementStatus.CHANGED,
                Quantity.of(24, UnitOfMeasure.EA),
                LocalDate.parse("2026-12-09")),
            tuple(
                "20",
                LineAcknowledgementStatus.ACCEPTED,
                Quantity.of("2.5", UnitOfMeasure.KGM),
                null),
            tuple("30", LineAcknowledgementStatus.REJECTED, null, null),
            tuple(
                "40",
                LineAcknowledgementStatus.BACKORDERED,
                Quantity.of(10, UnitOfMeasure.EA),
                LocalDate.parse("2027-01-15")));
    assertThat(ack.lines().get(0).unitPrice()).isEqualTo(Money.of("43", "EUR"));
  }

  @Test
  void aSuppliersInvoiceWithTaxInTheSummaryIsReadNetOfTax() {
    Invoice inv = read(euro, "INVOIC-euro.edi").documents(Invoice.class).get(0);

    assertThat(inv.invoiceId()).isEqualTo("RE-2026-4410");
    assertThat(inv.invoiceDate()).isEqualTo(LocalDate.parse("2026-12-10"));
    assertThat(inv.dueDate()).isEqualTo(LocalDate.parse("2027-01-09"));
    assertThat(inv.orderRef()).isEqualTo("P00017");
    assertThat(inv.seller().optionalAddress())
        .hasValueSatisfying(a -> assertThat(a.city()).isEqualTo("Hamburg"));
    assertThat(inv.buyer().name()).isEqualTo("Odoo Distribution BV");
    assertThat(inv.currency()).isEqualTo("EUR");
    assertThat(inv.lines())
        .extracting(
            InvoiceLine::lineId,
            InvoiceLine::quantity,
            InvoiceLine::unitPrice,
            InvoiceLine::orderLineRef)
        .containsExactly(
            tuple("1", Quantity.of(24, UnitOfMeasure.EA), Money.of("43", "EUR"), "10"),
            tuple("2", Quantity.of("2.5", UnitOfMeasure.KGM), Money.of("8", "EUR"), null));
    assertThat(inv.total()).isEqualTo(Money.of("1052", "EUR"));
  }

  @Test
  void anInvoiceWhoseGrossAmountIsNotNetPlusTaxIsRejectedAtMoa77() {
    String tampered =
        EdiSamples.resource("INVOIC-euro.edi").replace("MOA+77:1251.88'", "MOA+77:1215.88'");

    EdiRejectedException e =
        catchThrowableOfType(EdiRejectedException.class, () -> translator.read(euro, tampered));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("MOA");
              assertThat(err.message()).contains("1215.88", "1251.88");
            });
  }

  @Test
  void aWarehousesInventoryReportIsReadIntoOneLevelPerStatusWithLotsAndDates() {
    TradingPartner threePl =
        TradingPartner.builder("euro-3pl", EdiStandard.EDIFACT)
            .partnerId("14", "4012345000016")
            .ourId("14", "4098765000002")
            .build();

    InventorySnapshot s = read(threePl, "INVRPT-3pl.edi").documents(InventorySnapshot.class).get(0);

    assertThat(s.snapshotId()).isEqualTo("STK-88120");
    assertThat(s.warehouse()).isEqualTo("WH2");
    assertThat(s.takenAt()).isEqualTo(Instant.parse("2026-11-30T22:00:00Z"));
    assertThat(s.complete()).isTrue();
    LocationRef shelf = LocationRef.of("WH2", "WH2/A-01-03");
    assertThat(s.levels())
        .extracting(
            StockLevel::sku,
            StockLevel::location,
            StockLevel::status,
            StockLevel::onHand,
            StockLevel::reserved,
            StockLevel::lotNumber)
        .containsExactly(
            tuple(
                Sku.of("FURN-0001"),
                shelf,
                StockStatus.AVAILABLE,
                Quantity.of(120, UnitOfMeasure.EA),
                Quantity.of(20, UnitOfMeasure.EA),
                "B-7781"),
            tuple(
                Sku.of("FURN-0001"),
                shelf,
                StockStatus.QUARANTINE,
                Quantity.of(6, UnitOfMeasure.EA),
                null,
                "B-7781"),
            tuple(
                Sku.of("FURN-0001"),
                shelf,
                StockStatus.DAMAGED,
                Quantity.of(2, UnitOfMeasure.EA),
                null,
                "B-7781"),
            tuple(
                Sku.of("BOLT-M8"),
                LocationRef.of("WH2"),
                StockStatus.IN_TRANSIT,
                Quantity.of("12.5", UnitOfMeasure.KGM),
                null,
                null),
            tuple(
                Sku.of("LAMP-02"),
                LocationRef.of("WH2"),
                StockStatus.AVAILABLE,
                Quantity.of(35, UnitOfMeasure.EA),
                null,
                null));
    assertThat(s.levels().get(1).expiryDate()).isEqualTo(LocalDate.parse("2029-06-30"));
  }
}
