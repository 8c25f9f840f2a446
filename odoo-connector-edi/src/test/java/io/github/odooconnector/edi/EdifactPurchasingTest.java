package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.odooconnector.edi.api.EdiDelimiters;
import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.EdifactCodes;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.model.AcknowledgementLine;
import io.github.odooconnector.model.AcknowledgementStatus;
import io.github.odooconnector.model.Invoice;
import io.github.odooconnector.model.LineAcknowledgementStatus;
import io.github.odooconnector.model.OrderStatus;
import io.github.odooconnector.model.PurchaseOrder;
import io.github.odooconnector.model.PurchaseOrderAcknowledgement;
import io.github.odooconnector.model.Sku;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ORDERS, ORDRSP and INVOIC written and read back through EDIFACT D.96A. */
class EdifactPurchasingTest {
  private final EdiTranslator translator = EdifactSamples.translator();
  private final TradingPartner supplier = EdiSamples.edifactSupplier();
  private final TradingPartner asSupplierSeesUs = EdifactSamples.mirrored(supplier);

  private String written(EdiDocument document) {
    return translator.write(supplier, document).content();
  }

  private EdiRejectedException rejected(String interchange) {
    return catchThrowableOfType(
        EdiRejectedException.class, () -> translator.read(asSupplierSeesUs, interchange));
  }

  @Test
  void anOrdersMessageRoundTripsToAnEqualPurchaseOrder() {
    PurchaseOrder sent = PurchasingDocumentsTest.order();

    assertThat(written(EdiDocument.purchaseOrder(sent)))
        .contains("UNH+1+ORDERS:D:96A:UN'", "BGM+220+P00017+9'", "DTM+137:20261130081530:204'")
        .contains("DTM+2:20261207:102'", "RFF+CR:SO-4711'", "NAD+DP+WH::92'", "CUX+2:EUR:9'")
        .contains("LIN+10'", "PIA+5+FURN-0001:IN'", "PIA+1+ACME-CHAIR-BLK:SA'")
        .contains("IMD+F++:::Office chair, black'", "QTY+21:30:EA'", "PRI+AAA:41.5'")
        .contains("QTY+21:2.5:KGM'", "UNS+S'", "CNT+2:2'");
    assertThat(EdifactSamples.roundTrip(translator, supplier, EdiDocument.purchaseOrder(sent)))
        .isEqualTo(sent);
  }

  @Test
  void aCancelledOrderTravelsAsBgmFunctionOne() {
    PurchaseOrder cancelled =
        PurchasingDocumentsTest.order().toBuilder().status(OrderStatus.CANCELLED).build();

    assertThat(written(EdiDocument.purchaseOrder(cancelled))).contains("BGM+220+P00017+1'");
    assertThat(EdifactSamples.roundTrip(translator, supplier, EdiDocument.purchaseOrder(cancelled)))
        .isEqualTo(cancelled);
  }

  @Test
  void anOrderResponseWithChangedBackorderedRejectedAndAcceptedLinesRoundTrips() {
    PurchaseOrderAcknowledgement sent = EdifactSamples.response();

    assertThat(written(EdiDocument.purchaseOrderAcknowledgement(sent)))
        .contains("BGM+231+RSP-2026-311+4'", "DTM+137:20261130:102'", "RFF+ON:P00017'")
        .contains("LIN+10+3'", "QTY+113:24:EA'", "DTM+69:20261209:102'", "PRI+AAA:43'")
        .contains("LIN+20+3'", "QTY+83:2.5:KGM'")
        .contains("LIN+3+7'", "RFF+LI:line-30-desk-oak'", "LIN+40+5'", "CNT+2:4'");
    assertThat(
            EdifactSamples.roundTrip(
                translator, supplier, EdiDocument.purchaseOrderAcknowledgement(sent)))
        .isEqualTo(sent);
  }

  @Test
  void aWhollyRejectedOrderIsAnsweredWithBgmFunction27AndNoLines() {
    PurchaseOrderAcknowledgement rejected =
        PurchaseOrderAcknowledgement.builder()
            .acknowledgementId("RSP-9")
            .purchaseOrderRef("P00018")
            .status(AcknowledgementStatus.REJECTED)
            .acknowledgedOn(LocalDate.parse("2026-11-30"))
            .build();

    assertThat(written(EdiDocument.purchaseOrderAcknowledgement(rejected)))
        .contains("BGM+231+RSP-9+27'", "CNT+2:0'");
    assertThat(
            EdifactSamples.roundTrip(
                translator, supplier, EdiDocument.purchaseOrderAcknowledgement(rejected)))
        .isEqualTo(rejected);
  }

  @Test
  void aBackorderedLineWithoutItsQuantityCannotBeWritten() {
    PurchaseOrderAcknowledgement ack =
        EdifactSamples.response().toBuilder()
            .lines(
                List.of(
                    AcknowledgementLine.of(
                        "10", Sku.of("FURN-0001"), LineAcknowledgementStatus.BACKORDERED)))
            .build();

    assertThatThrownBy(
            () -> translator.write(supplier, EdiDocument.purchaseOrderAcknowledgement(ack)))
        .isInstanceOf(EdiWriteException.class)
        .hasMessageContaining("line 10", "QTY+83");
  }

  @Test
  void anUnknownLineActionCodeIsRejectedAtLin1229NamingTheAllowedCodes() {
    String tampered =
        written(EdiDocument.purchaseOrderAcknowledgement(EdifactSamples.response()))
            .replace("LIN+10+3'", "LIN+10+9'");

    EdiRejectedException e = rejected(tampered);

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("LIN");
              assertThat(err.elementPosition()).isEqualTo(2);
              assertThat(err.transactionSegmentPosition()).isGreaterThan(1);
              assertThat(err.message()).contains("'9'", "[3, 5, 6, 7]");
            });
  }

  @Test
  void anInvoiceRoundTripsWithLineAmountsNetPricesAndTheTotalInMoa79() {
    Invoice sent = PurchasingDocumentsTest.invoice();

    assertThat(written(EdiDocument.invoice(sent)))
        .contains("UNH+1+INVOIC:D:96A:UN'", "BGM+380+INV-2026-0815+9'", "RFF+ON:P00017'")
        .contains("NAD+SE+ACME-01::92++Acme Supply Ltd+", "NAD+BY+ODOODIST::92++Odoo Dist")
        .contains("CUX+2:EUR:4'", "PAT+1'", "DTM+13:20270109:102'")
        .contains("QTY+47:24:EA'", "MOA+203:1032'", "PRI+AAA:43'", "RFF+ON:P00017:10'")
        .contains("QTY+47:2.5:KGM'", "MOA+203:20'", "UNS+S'", "CNT+2:2'", "MOA+79:1052'");
    assertThat(EdifactSamples.roundTrip(translator, supplier, EdiDocument.invoice(sent)))
        .isEqualTo(sent);
  }

  @Test
  void anInvoiceWhoseTotalDoesNotMatchItsLinesIsRejectedAtMoa79() {
    String tampered =
        written(EdiDocument.invoice(PurchasingDocumentsTest.invoice()))
            .replace("MOA+79:1052'", "MOA+79:1025'");

    EdiRejectedException e = rejected(tampered);

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("MOA");
              assertThat(err.elementPosition()).isEqualTo(1);
              assertThat(err.componentPosition()).isEqualTo(2);
              assertThat(err.kind()).isEqualTo(EdiErrorKind.INVALID_VALUE);
              assertThat(err.message()).contains("1025", "sum of the lines 1052");
            });
  }

  @Test
  void aLineAmountThatIsNotQuantityTimesPriceIsRejectedAtMoa203() {
    String tampered =
        written(EdiDocument.invoice(PurchasingDocumentsTest.invoice()))
            .replace("MOA+203:20'", "MOA+203:25'");

    EdiRejectedException e = rejected(tampered);

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("MOA");
              assertThat(err.message()).contains("line amount 25", "quantity x price 20");
            });
  }

  @Test
  void aLineCountThatDisagreesWithCntIsAControlMismatchAtCnt() {
    String tampered =
        written(EdiDocument.purchaseOrder(PurchasingDocumentsTest.order()))
            .replace("CNT+2:2'", "CNT+2:3'");

    EdiRejectedException e = rejected(tampered);

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("CNT");
              assertThat(err.elementPosition()).isEqualTo(1);
              assertThat(err.componentPosition()).isEqualTo(2);
              assertThat(err.kind()).isEqualTo(EdiErrorKind.CONTROL_MISMATCH);
            });
  }

  @Test
  void aBadOrderNextToAGoodInvoiceRejectsBothSoNothingIsHalfApplied() {
    String both =
        translator
            .write(
                supplier,
                List.of(
                    EdiDocument.invoice(PurchasingDocumentsTest.invoice()),
                    EdiDocument.purchaseOrder(PurchasingDocumentsTest.order())))
            .content()
            .replace("QTY+21:2.5:KGM'", "QTY+21:2,5:KGM'");

    EdiRejectedException e = rejected(both);

    assertThat(e.transactions()).hasSize(2);
    EdiError error = e.errors().get(0);
    assertThat(e.errors()).hasSize(1);
    assertThat(error.segmentTag()).isEqualTo("QTY");
    assertThat(error.transaction().code()).isEqualTo("ORDERS");
    assertThat(error.message()).contains("'2,5' is not a number");
    OutboundInterchange contrl = translator.acknowledge(supplier, e);
    assertThat(contrl.content())
        .contains("UCM+1+INVOIC:D:96A:UN+4'", "UCM+2+ORDERS:D:96A:UN+4+12'")
        .contains("UCS+" + error.transactionSegmentPosition() + "'", "UCD+12+1:2'");
  }

  @Test
  void separatorsSyntaxAndSkuQualifierComeFromThePartnerConfiguration() {
    TradingPartner custom =
        TradingPartner.builder("nordic-supply", EdiStandard.EDIFACT)
            .partnerId("14", "5790000000005")
            .ourId("ZZZ", "ODOODIST")
            .syntax("UNOC:4")
            .version("D:01B")
            .delimiters(new EdiDelimiters('~', '*', '>', '^', '!'))
            .test(true)
            .edifactCodes(EdifactCodes.defaults().withSkuQualifier("SA"))
            .build();
    PurchaseOrder sent =
        PurchasingDocumentsTest.order().toBuilder().notes("50% * 2 ~ done").build();

    String content = translator.write(custom, EdiDocument.purchaseOrder(sent)).content();

    assertThat(content)
        .startsWith("UNA>*.!^~") // syntax 4 announces the repetition separator
        .contains("UNB*UNOC>4*ODOODIST>ZZZ*5790000000005>14*", "UNH*1*ORDERS>D>01B>UN~")
        .contains("PIA*5*FURN-0001>SA~", "FTX*AAI***50% !* 2 !~ done~");
    assertThat(EdifactSamples.roundTrip(translator, custom, EdiDocument.purchaseOrder(sent)))
        .isEqualTo(sent);
  }
}
