package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {
  /** The supplier's side: writes the 856 we receive. */
  private final EdiTranslator supplier =
      EdiTranslator.builder()
          .controlNumbers(InMemoryControlNumberSource.create())
          .clock(EdiSamples.CLOCK)
          .build();

  /** Our side: reads it and answers. */
  private final EdiTranslator us =
      EdiTranslator.builder()
          .controlNumbers(InMemoryControlNumberSource.create())
          .clock(EdiSamples.CLOCK)
          .build();

  private String received(TradingPartner ourView) {
    return supplier
        .write(
            ShipNoticeRoundTripTest.mirrored(ourView),
            EdiDocument.shipNotice(EdiSamples.packedNotice()))
        .content();
  }

  @Test
  void anAccepted856IsAnsweredWithA997AcceptingTheGroupAndTheTransaction() {
    TradingPartner partner = EdiSamples.x12Supplier();
    ReceivedInterchange in = us.read(partner, received(partner));

    OutboundInterchange ack = us.acknowledge(partner, in);

    assertThat(ack.content())
        .contains("ISA*00*          *00*          *ZZ*ODOODIST       *ZZ*ACMESUPPLY     ")
        .contains("GS*FA*ODOODIST*ACMESUPPLY*")
        .contains("ST*997*0001~", "AK1*SH*1~", "AK2*856*0001~", "AK5*A~", "AK9*A*1*1*1~");
  }

  @Test
  void aRejected856IsAnsweredWithA997NamingTheSegmentAndElement() {
    TradingPartner partner = EdiSamples.x12Supplier();
    String malformed = received(partner).replace("SN1**20*EA", "SN1**2O*EA");
    EdiRejectedException rejected =
        catchThrowableOfType(EdiRejectedException.class, () -> us.read(partner, malformed));
    int position = rejected.errors().get(0).transactionSegmentPosition();

    OutboundInterchange ack = us.acknowledge(partner, rejected);

    assertThat(ack.content())
        .contains("AK2*856*0001~", "AK3*SN1*" + position + "**8~", "AK4*2**7~")
        .contains("AK5*R*5~", "AK9*R*1*1*0~");
  }

  @Test
  void anAcceptedDespatchAdviceIsAnsweredWithAnAcceptingContrl() {
    TradingPartner partner = EdiSamples.edifactSupplier();
    ReceivedInterchange in = us.read(partner, received(partner));

    OutboundInterchange ack = us.acknowledge(partner, in);

    assertThat(ack.content())
        .contains("UNB+UNOC:3+4098765000002:14+4012345000009:14+")
        .contains("UNH+1+CONTRL:D:3:UN'")
        .contains("UCI+" + in.header().controlNumber() + "+4012345000009:14+4098765000002:14+7'")
        .contains("UCM+1+DESADV:D:96A:UN+7'");
  }

  @Test
  void aRejectedDespatchAdviceIsAnsweredWithAContrlNamingTheSegmentAndElement() {
    TradingPartner partner = EdiSamples.edifactSupplier();
    String malformed = received(partner).replace("QTY+12:20:EA'", "QTY+12:2O:EA'");
    EdiRejectedException rejected =
        catchThrowableOfType(EdiRejectedException.class, () -> us.read(partner, malformed));
    int position = rejected.errors().get(0).transactionSegmentPosition();

    OutboundInterchange ack = us.acknowledge(partner, rejected);

    assertThat(rejected.errors().get(0).segmentTag()).isEqualTo("QTY");
    assertThat(ack.content())
        .contains("+4'\n", "UCM+1+DESADV:D:96A:UN+4+12'")
        .contains("UCS+" + position + "'", "UCD+12+1:2'");
  }
}
