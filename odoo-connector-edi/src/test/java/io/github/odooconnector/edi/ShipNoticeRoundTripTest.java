package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import io.github.odooconnector.model.PackedShipNotice;
import org.junit.jupiter.api.Test;

class ShipNoticeRoundTripTest {
  private final EdiTranslator translator =
      EdiTranslator.builder()
          .controlNumbers(InMemoryControlNumberSource.create())
          .clock(EdiSamples.CLOCK)
          .build();

  /** The partner sees the same ids from the other side: what we send, it reads as received. */
  static TradingPartner mirrored(TradingPartner p) {
    return TradingPartner.builder(p.name(), p.standard())
        .partnerId(p.ourQualifier(), p.ourId())
        .ourId(p.partnerQualifier(), p.partnerId())
        .version(p.version())
        .build();
  }

  @Test
  void anX12ShipNoticeWithPalletsCartonsAndItemsRoundTripsToAnEqualDocument() {
    PackedShipNotice sent = EdiSamples.packedNotice();
    OutboundInterchange out =
        translator.write(EdiSamples.x12Supplier(), EdiDocument.shipNotice(sent));

    assertThat(out.content())
        .startsWith("ISA*00*")
        .contains("ST*856*0001~", "HL*1**S~", "HL*3*2*T~", "HL*4*3*P~", "MAN*GM*106141411234567897")
        .contains("SN1**20*EA~");
    ReceivedInterchange back = translator.read(mirrored(EdiSamples.x12Supplier()), out.content());

    assertThat(back.documents(PackedShipNotice.class)).containsExactly(sent);
    assertThat(back.header().controlNumber()).isEqualTo(out.controlNumber());
  }

  @Test
  void anEdifactDespatchAdviceWithPalletsCartonsAndItemsRoundTripsToAnEqualDocument() {
    PackedShipNotice sent = EdiSamples.packedNotice();
    OutboundInterchange out =
        translator.write(EdiSamples.edifactSupplier(), EdiDocument.shipNotice(sent));

    assertThat(out.content())
        .startsWith("UNA:+.? '")
        .contains("UNH+1+DESADV:D:96A:UN'", "CPS+3+2'", "PAC+1++CT'", "GIN+BJ+106141411234567897'");
    ReceivedInterchange back =
        translator.read(mirrored(EdiSamples.edifactSupplier()), out.content());

    assertThat(back.documents(PackedShipNotice.class)).containsExactly(sent);
  }
}
