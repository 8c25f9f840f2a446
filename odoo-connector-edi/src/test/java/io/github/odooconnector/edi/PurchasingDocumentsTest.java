package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import io.github.odooconnector.model.AcknowledgementLine;
import io.github.odooconnector.model.AcknowledgementStatus;
import io.github.odooconnector.model.Invoice;
import io.github.odooconnector.model.InvoiceLine;
import io.github.odooconnector.model.LineAcknowledgementStatus;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.model.PurchaseOrderLine;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 850 purchase order, 855 acknowledgement and 810 invoice, written and read back through X12. */
class PurchasingDocumentsTest {
  private final EdiTranslator translator =
      EdiTranslator.builder()
          .controlNumbers(InMemoryControlNumberSource.create())
          .clock(EdiSamples.CLOCK)
          .build();
  private final TradingPartner supplier = EdiSamples.x12Supplier();
  private final TradingPartner asSupplierSeesUs = ShipNoticeRoundTripTest.mirrored(supplier);

  static PurchaseOrder order() {
    return PurchaseOrder.builder()
        .orderId("P00017")
        .externalRef("SO-4711")
        .supplier(EdiSamples.supplier())
        .orderedAt(Instant.parse("2026-11-30T08:15:30Z"))
        .expectedDeliveryDate(LocalDate.parse("2026-12-07"))
        .deliverTo(LocationRef.of("WH", "WH/Input"))
        .notes("Deliver to gate 3 between 8 and 12")
        .addLine(
            PurchaseOrderLine.builder()
                .lineId("10")
                .sku(Sku.of("FURN-0001"))
                .supplierSku("ACME-CHAIR-BLK")
                .description("Office chair, black")
                .quantity(Quantity.of(30, UnitOfMeasure.EA))
                .unitPrice(Money.of("41.50", "EUR"))
                .expectedDate(LocalDate.parse("2026-12-05"))
                .build())
        .addLine(
            PurchaseOrderLine.builder()
                .lineId("20")
                .sku(Sku.of("BOLT-M8"))
                .quantity(Quantity.of("2.5", UnitOfMeasure.KGM))
                .unitPrice(Money.of("8.00", "EUR"))
                .build())
        .build();
  }

  static PurchaseOrderAcknowledgement changedAcknowledgement() {
    return PurchaseOrderAcknowledgement.builder()
        .acknowledgementId("ACK-88")
        .purchaseOrderRef("P00017")
        .status(AcknowledgementStatus.ACCEPTED_WITH_CHANGES)
        .acknowledgedOn(LocalDate.parse("2026-11-30"))
        .supplier(EdiSamples.supplier())
        .notes("Chairs: only 24 before Christmas")
        .addLine(
            AcknowledgementLine.builder()
                .lineId("10")
                .sku(Sku.of("FURN-0001"))
                .status(LineAcknowledgementStatus.CHANGED)
                .quantity(Quantity.of(24, UnitOfMeasure.EA))
                .unitPrice(Money.of("43.00", "EUR"))
                .promisedDate(LocalDate.parse("2026-12-09"))
                .build())
        .addLine(
            AcknowledgementLine.of("20", Sku.of("BOLT-M8"), LineAcknowledgementStatus.ACCEPTED))
        .build();
  }

  static Invoice invoice() {
    return Invoice.builder()
        .invoiceId("INV-2026-0815")
        .orderRef("P00017")
        .invoiceDate(LocalDate.parse("2026-12-10"))
        .dueDate(LocalDate.parse("2027-01-09"))
        .seller(EdiSamples.supplier())
        .buyer(Party.builder("Odoo Distribution BV").partyId("ODOODIST").build())
        .currency("EUR")
        .notes("Thank you for your business")
        .addLine(
            InvoiceLine.builder()
                .lineId("1")
                .sku(Sku.of("FURN-0001"))
                .description("Office chair, black")
                .quantity(Quantity.of(24, UnitOfMeasure.EA))
                .unitPrice(Money.of("43.00", "EUR"))
                .orderLineRef("10")
                .build())
        .addLine(
            InvoiceLine.of(
                "2",
                Sku.of("BOLT-M8"),
                Quantity.of("2.5", UnitOfMeasure.KGM),
                Money.of("8.00", "EUR")))
        .build();
  }

  private Object roundTrip(EdiDocument document) {
    OutboundInterchange out = translator.write(supplier, document);
    ReceivedInterchange in = translator.read(asSupplierSeesUs, out.content());
    assertThat(in.documents()).hasSize(1);
    assertThat(in.documents().get(0).document().transaction()).isEqualTo(document.transaction());
    return in.documents().get(0).document().content();
  }

  @Test
  void a850PurchaseOrderRoundTripsToAnEqualDocument() {
    PurchaseOrder sent = order();

    OutboundInterchange out = translator.write(supplier, EdiDocument.purchaseOrder(sent));

    assertThat(out.content())
        .contains("GS*PO*", "ST*850*", "BEG*00*SA*P00017**20261130~")
        .contains("PO1*10*30*EA*41.5**SK*FURN-0001*VP*ACME-CHAIR-BLK~", "CTT*2~");
    assertThat(roundTrip(EdiDocument.purchaseOrder(sent))).isEqualTo(sent);
  }

  @Test
  void a855WithChangedQuantityPriceAndDateRoundTripsToAnEqualDocument() {
    PurchaseOrderAcknowledgement sent = changedAcknowledgement();

    OutboundInterchange out =
        translator.write(supplier, EdiDocument.purchaseOrderAcknowledgement(sent));

    assertThat(out.content())
        .contains("ST*855*", "BAK*00*AC*P00017*20261130****ACK-88*20261130~")
        .contains("ACK*IC*24*EA*067*20261209~", "ACK*IA~");
    assertThat(roundTrip(EdiDocument.purchaseOrderAcknowledgement(sent))).isEqualTo(sent);
  }

  @Test
  void a810InvoiceRoundTripsWithItsTotalInTds() {
    Invoice sent = invoice();

    OutboundInterchange out = translator.write(supplier, EdiDocument.invoice(sent));

    assertThat(out.content()).contains("ST*810*", "BIG*20261210*INV-2026-0815**P00017~");
    assertThat(out.content()).contains("TDS*105200~"); // 24 x 43.00 + 2.5 x 8.00 = 1052.00
    assertThat(roundTrip(EdiDocument.invoice(sent))).isEqualTo(sent);
  }

  @Test
  void anInvoiceWhoseTotalDoesNotMatchItsLinesIsRejectedAtTds01() {
    String tampered =
        translator
            .write(supplier, EdiDocument.invoice(invoice()))
            .content()
            .replace("TDS*105200~", "TDS*99999~");

    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class, () -> translator.read(asSupplierSeesUs, tampered));

    assertThat(e.errors()).hasSize(1);
    EdiError error = e.errors().get(0);
    assertThat(error.segmentTag()).isEqualTo("TDS");
    assertThat(error.elementPosition()).isEqualTo(1);
    assertThat(error.kind()).isEqualTo(EdiErrorKind.INVALID_VALUE);
    assertThat(error.message()).contains("differs from the sum of the lines 1052");
  }

  @Test
  void anUnknownLineAcknowledgementCodeIsRejectedAtAck01NamingTheAllowedCodes() {
    String tampered =
        translator
            .write(supplier, EdiDocument.purchaseOrderAcknowledgement(changedAcknowledgement()))
            .content()
            .replace("ACK*IC*", "ACK*XX*");

    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class, () -> translator.read(asSupplierSeesUs, tampered));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("ACK");
              assertThat(err.elementPosition()).isEqualTo(1);
              assertThat(err.message()).contains("'XX'", "IA", "IC", "IR");
            });
  }

  @Test
  void aLineCountThatDisagreesWithCttIsAControlMismatch() {
    String tampered =
        translator
            .write(supplier, EdiDocument.purchaseOrder(order()))
            .content()
            .replace("CTT*2~", "CTT*3~");

    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class, () -> translator.read(asSupplierSeesUs, tampered));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("CTT");
              assertThat(err.kind()).isEqualTo(EdiErrorKind.CONTROL_MISMATCH);
            });
  }

  @Test
  void aBadPurchaseOrderNextToAGoodInvoiceRejectsBothSoNothingIsHalfApplied() {
    String both =
        translator
            .write(
                supplier,
                List.of(EdiDocument.invoice(invoice()), EdiDocument.purchaseOrder(order())))
            .content()
            .replace("PO1*20*2.5*KG*", "PO1*20*2.5*??*");

    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class, () -> translator.read(asSupplierSeesUs, both));

    assertThat(e.transactions()).hasSize(2);
    assertThat(e.errors())
        .singleElement()
        .satisfies(err -> assertThat(err.segmentTag()).isEqualTo("PO1"));
    OutboundInterchange ack = translator.acknowledge(supplier, e);
    assertThat(ack.content()).contains("AK3*PO1*");
  }

  @Test
  void pricesInTwoCurrenciesCannotBeWrittenInOneOrder() {
    PurchaseOrder mixed =
        order().toBuilder()
            .addLine(
                PurchaseOrderLine.builder()
                    .lineId("30")
                    .sku(Sku.of("DESK-01"))
                    .quantity(Quantity.of(1, UnitOfMeasure.EA))
                    .unitPrice(Money.of("100", "USD"))
                    .build())
            .build();

    assertThatThrownBy(() -> translator.write(supplier, EdiDocument.purchaseOrder(mixed)))
        .isInstanceOf(EdiWriteException.class)
        .hasMessageContaining("EUR and USD");
  }
}
