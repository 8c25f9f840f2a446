package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.odooconnector.edi.api.AcknowledgedTransaction;
import io.github.odooconnector.edi.api.AcknowledgementResult;
import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTransaction;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.FunctionalAcknowledgement;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * CONTRL (and the 997, through the same API): produced for what we received, read when a partner
 * sends one.
 */
class FunctionalAcknowledgementTest {
  /** The supplier's side, sending to us and reading our answers. */
  private final EdiTranslator supplier = EdifactSamples.translator();

  /** Our side. */
  private final EdiTranslator us = EdifactSamples.translator();

  private final TradingPartner euro = EdiSamples.edifactSupplier();
  private final TradingPartner usAtTheSupplier = EdifactSamples.mirrored(euro);

  private FunctionalAcknowledgement readBySupplier(OutboundInterchange contrl) {
    ReceivedInterchange in = supplier.read(usAtTheSupplier, contrl.content());
    assertThat(in.documents())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.document().transaction())
                    .isEqualTo(EdiTransaction.FUNCTIONAL_ACKNOWLEDGEMENT));
    return in.documents(FunctionalAcknowledgement.class).get(0);
  }

  @Test
  void anAcceptedInvoiceIsAnsweredWithAContrlTheSupplierReadsAsAccepted() {
    OutboundInterchange sent =
        supplier.write(usAtTheSupplier, EdiDocument.invoice(PurchasingDocumentsTest.invoice()));
    ReceivedInterchange received = us.read(euro, sent.content());

    FunctionalAcknowledgement ack = readBySupplier(us.acknowledge(euro, received));

    assertThat(ack.standard()).isEqualTo(EdiStandard.EDIFACT);
    assertThat(ack.optionalInterchangeControlNumber()).contains(sent.controlNumber());
    assertThat(ack.result()).isEqualTo(AcknowledgementResult.ACCEPTED);
    assertThat(ack.errors()).isEmpty();
    String message = sent.transactionControlNumbers().get(0);
    assertThat(ack.transaction(message))
        .hasValueSatisfying(
            t -> {
              assertThat(t.transaction().code()).isEqualTo("INVOIC");
              assertThat(t.transaction().version()).isEqualTo("D:96A");
              assertThat(t.result()).isEqualTo(AcknowledgementResult.ACCEPTED);
              assertThat(t.errors()).isEmpty();
            });
  }

  @Test
  void aRejectedInvoiceIsAnsweredWithAContrlWhoseErrorPositionsTheSupplierReadsBack() {
    String tampered =
        supplier
            .write(usAtTheSupplier, EdiDocument.invoice(PurchasingDocumentsTest.invoice()))
            .content()
            .replace("MOA+79:1052'", "MOA+79:1025'");
    EdiRejectedException rejected =
        catchThrowableOfType(EdiRejectedException.class, () -> us.read(euro, tampered));
    EdiError ours = rejected.errors().get(0);

    OutboundInterchange contrl = us.acknowledge(euro, rejected);
    FunctionalAcknowledgement ack = readBySupplier(contrl);

    assertThat(contrl.content())
        .contains("UCS+" + ours.transactionSegmentPosition() + "'", "UCD+12+1:2'");
    assertThat(ack.result()).isEqualTo(AcknowledgementResult.REJECTED);
    AcknowledgedTransaction invoice = ack.transactions().get(0);
    assertThat(invoice.result()).isEqualTo(AcknowledgementResult.REJECTED);
    assertThat(invoice.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.transactionSegmentPosition())
                  .isEqualTo(ours.transactionSegmentPosition());
              assertThat(e.elementPosition()).isEqualTo(1);
              assertThat(e.componentPosition()).isEqualTo(2);
              assertThat(e.kind()).isEqualTo(EdiErrorKind.INVALID_VALUE);
              assertThat(e.transaction().code()).isEqualTo("INVOIC");
            });
  }

  @Test
  void contrlReferencesComeFromTheControlNumberSourceAndNeverRepeat() {
    OutboundInterchange sent =
        supplier.write(usAtTheSupplier, EdiDocument.invoice(PurchasingDocumentsTest.invoice()));
    ReceivedInterchange received = us.read(euro, sent.content());
    OutboundInterchange order =
        us.write(euro, EdiDocument.purchaseOrder(PurchasingDocumentsTest.order()));

    List<OutboundInterchange> contrls =
        List.of(us.acknowledge(euro, received), us.acknowledge(euro, received));

    Set<String> interchanges = new HashSet<>(Set.of(order.controlNumber()));
    Set<String> messages = new HashSet<>(order.transactionControlNumbers());
    for (OutboundInterchange c : contrls) {
      assertThat(interchanges.add(c.controlNumber())).isTrue();
      assertThat(messages.addAll(c.transactionControlNumbers())).isTrue();
      assertThat(c.content())
          .contains("UNH+" + c.transactionControlNumbers().get(0) + "+CONTRL:D:3:UN'")
          .contains("UNZ+1+" + c.controlNumber() + "'");
    }
  }

  @Test
  void aPartnersContrlIsReadButNeverItselfAcknowledged() {
    OutboundInterchange order =
        us.write(euro, EdiDocument.purchaseOrder(PurchasingDocumentsTest.order()));
    ReceivedInterchange atSupplier = supplier.read(usAtTheSupplier, order.content());
    OutboundInterchange theirContrl = supplier.acknowledge(usAtTheSupplier, atSupplier);

    ReceivedInterchange in = us.read(euro, theirContrl.content());

    FunctionalAcknowledgement ack = in.documents(FunctionalAcknowledgement.class).get(0);
    assertThat(ack.optionalInterchangeControlNumber()).contains(order.controlNumber());
    assertThat(ack.transaction(order.transactionControlNumbers().get(0)))
        .hasValueSatisfying(t -> assertThat(t.result()).isEqualTo(AcknowledgementResult.ACCEPTED));
    assertThatThrownBy(() -> us.acknowledge(euro, in))
        .isInstanceOf(EdiWriteException.class)
        .hasMessageContaining("never acknowledged");
    assertThatThrownBy(
            () -> us.write(euro, new EdiDocument(EdiTransaction.FUNCTIONAL_ACKNOWLEDGEMENT, ack)))
        .isInstanceOf(EdiWriteException.class)
        .hasMessageContaining("acknowledge(");
  }

  @Test
  void aSuppliersRejectingContrlIsReadWithTheSegmentAndElementPositionsOfEachMessage() {
    ReceivedInterchange in = us.read(euro, EdiSamples.resource("CONTRL-euro.edi"));

    FunctionalAcknowledgement ack = in.documents(FunctionalAcknowledgement.class).get(0);
    assertThat(ack.optionalInterchangeControlNumber()).contains("4711");
    assertThat(ack.result()).isEqualTo(AcknowledgementResult.REJECTED);
    assertThat(ack.transactions())
        .extracting(t -> t.transaction().controlNumber(), AcknowledgedTransaction::result)
        .containsExactly(
            tuple("17", AcknowledgementResult.REJECTED),
            tuple("18", AcknowledgementResult.ACCEPTED));
    assertThat(ack.transactions().get(0).errors())
        .extracting(
            EdiError::transactionSegmentPosition,
            EdiError::elementPosition,
            EdiError::componentPosition,
            EdiError::kind)
        .containsExactly(
            tuple(9, 0, 0, EdiErrorKind.UNEXPECTED_SEGMENT),
            tuple(14, 1, 2, EdiErrorKind.INVALID_VALUE),
            tuple(14, 3, 0, EdiErrorKind.MISSING_ELEMENT));
    assertThat(ack.transactions().get(0).errors().get(1).message()).contains("12", "invalid value");
  }

  @Test
  void aContrlWithAnUnknownActionCodeIsRejectedAtUciElementFour() {
    String tampered =
        EdiSamples.resource("CONTRL-euro.edi")
            .replace(
                "UCI+4711+4098765000002:14+4012345000009:14+4'",
                "UCI+4711+4098765000002:14+4012345000009:14+9'");

    EdiRejectedException e =
        catchThrowableOfType(EdiRejectedException.class, () -> us.read(euro, tampered));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("UCI");
              assertThat(err.elementPosition()).isEqualTo(4);
              assertThat(err.transactionSegmentPosition()).isEqualTo(2);
              assertThat(err.message()).contains("'9'", "[4, 7, 8]");
            });
  }

  @Test
  void aPartners997IsReadIntoTheSameFunctionalAcknowledgement() {
    TradingPartner acme = EdiSamples.x12Supplier();
    TradingPartner usAtAcme = EdifactSamples.mirrored(acme);
    String malformed =
        supplier
            .write(usAtAcme, EdiDocument.shipNotice(EdiSamples.packedNotice()))
            .content()
            .replace("SN1**20*EA", "SN1**2O*EA");
    EdiRejectedException rejected =
        catchThrowableOfType(EdiRejectedException.class, () -> us.read(acme, malformed));

    ReceivedInterchange in = supplier.read(usAtAcme, us.acknowledge(acme, rejected).content());

    FunctionalAcknowledgement ack = in.documents(FunctionalAcknowledgement.class).get(0);
    assertThat(ack.standard()).isEqualTo(EdiStandard.X12);
    assertThat(ack.optionalFunctionalGroup()).contains("SH");
    assertThat(ack.optionalGroupControlNumber()).contains("1");
    assertThat(ack.result()).isEqualTo(AcknowledgementResult.REJECTED);
    assertThat(ack.transaction("0001"))
        .hasValueSatisfying(
            t -> {
              assertThat(t.transaction().code()).isEqualTo("856");
              assertThat(t.result()).isEqualTo(AcknowledgementResult.REJECTED);
              assertThat(t.errors())
                  .singleElement()
                  .satisfies(
                      e -> {
                        assertThat(e.segmentTag()).isEqualTo("SN1");
                        assertThat(e.elementPosition()).isEqualTo(2);
                        assertThat(e.transactionSegmentPosition())
                            .isEqualTo(rejected.errors().get(0).transactionSegmentPosition());
                      });
            });
  }

  @Test
  void anInterchangeFromAnUnknownSenderIsRejectedInUciAndTheSupplierReadsTheEnvelopeError() {
    TradingPartner stranger =
        TradingPartner.builder("stranger", EdiStandard.EDIFACT)
            .partnerId("14", "4098765000002")
            .ourId("14", "4000000000001")
            .build();
    String sent =
        supplier.write(stranger, EdiDocument.invoice(PurchasingDocumentsTest.invoice())).content();
    EdiRejectedException rejected =
        catchThrowableOfType(EdiRejectedException.class, () -> us.read(euro, sent));

    OutboundInterchange contrl = us.acknowledge(euro, rejected);
    FunctionalAcknowledgement ack = readBySupplier(contrl);

    assertThat(contrl.content()).contains("+4000000000001:14+4098765000002:14+4+17+UNB+2:1'");
    assertThat(ack.result()).isEqualTo(AcknowledgementResult.REJECTED);
    assertThat(ack.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.segmentTag()).isEqualTo("UNB");
              assertThat(e.elementPosition()).isEqualTo(2);
              assertThat(e.componentPosition()).isEqualTo(1);
              assertThat(e.kind()).isEqualTo(EdiErrorKind.UNKNOWN_PARTY);
            });
    assertThat(ack.transactions())
        .singleElement()
        .satisfies(t -> assertThat(t.result()).isEqualTo(AcknowledgementResult.REJECTED));
  }

  @Test
  void aWrongSegmentCountInUntIsAControlMismatchReportedInTheContrl() {
    String content =
        supplier
            .write(usAtTheSupplier, EdiDocument.invoice(PurchasingDocumentsTest.invoice()))
            .content();
    String unt =
        content.substring(content.indexOf("UNT+"), content.indexOf('\'', content.indexOf("UNT+")));
    int count = Integer.parseInt(unt.split("\\+")[1]);
    String malformed = content.replace(unt, "UNT+" + (count + 1) + "+1");

    EdiRejectedException rejected =
        catchThrowableOfType(EdiRejectedException.class, () -> us.read(euro, malformed));

    assertThat(rejected.errors())
        .anySatisfy(
            e -> {
              assertThat(e.segmentTag()).isEqualTo("UNT");
              assertThat(e.elementPosition()).isEqualTo(1);
              assertThat(e.kind()).isEqualTo(EdiErrorKind.CONTROL_MISMATCH);
            });
    FunctionalAcknowledgement ack = readBySupplier(us.acknowledge(euro, rejected));
    assertThat(ack.transactions().get(0).errors())
        .anySatisfy(
            e -> {
              assertThat(e.elementPosition()).isEqualTo(1);
              assertThat(e.kind()).isEqualTo(EdiErrorKind.CONTROL_MISMATCH);
            });
  }
}
