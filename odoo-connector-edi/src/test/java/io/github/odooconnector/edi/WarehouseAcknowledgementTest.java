package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Received warehouse interchanges are acknowledged with a 997; a malformed one is rejected as a
 * whole, naming the segment and element, and nothing of it is returned; control numbers never
 * repeat.
 */
class WarehouseAcknowledgementTest {
  private final EdiTranslator translator = WarehouseSamples.translator();
  private final TradingPartner warehouse = EdiSamples.x12Warehouse();

  private EdiRejectedException rejected(String content) {
    return catchThrowableOfType(
        EdiRejectedException.class, () -> translator.read(warehouse, content));
  }

  private static String sample(String file) {
    return EdiSamples.resource(file);
  }

  @Test
  void aReceived940GroupIsAnsweredWithAnAccepting997() {
    ReceivedInterchange in = translator.read(warehouse, sample("940-depositor.x12"));

    OutboundInterchange ack = translator.acknowledge(warehouse, in);

    assertThat(ack.content())
        .contains("GS*FA*ODOODIST*123456789*", "ST*997*0001~", "AK1*OW*207~")
        .contains("AK2*940*0001~", "AK5*A~", "AK9*A*1*1*1~");
  }

  @Test
  void aReceived943GroupIsAnsweredWithAnAccepting997() {
    ReceivedInterchange in = translator.read(warehouse, sample("943-acme.x12"));

    assertThat(translator.acknowledge(warehouse, in).content())
        .contains("AK1*AR*88~", "AK2*943*0001~", "AK5*A~", "AK9*A*1*1*1~");
  }

  @Test
  void aReceived846GroupIsAnsweredWithAnAccepting997() {
    ReceivedInterchange in = translator.read(warehouse, sample("846-north3pl.x12"));

    assertThat(translator.acknowledge(warehouse, in).content())
        .contains("AK1*IB*519~", "AK2*846*0001~", "AK5*A~", "AK9*A*1*1*1~");
  }

  @Test
  void aNonNumericOrderQuantityRejectsThe940AtW01Element1AndThe997SaysSo() {
    String malformed = sample("940-depositor.x12").replace("W01*12*EA", "W01*1X*EA");

    EdiRejectedException e = rejected(malformed);

    EdiError error = e.errors().get(0);
    assertThat(e.errors()).hasSize(1);
    assertThat(error.segmentTag()).isEqualTo("W01");
    assertThat(error.elementPosition()).isEqualTo(1);
    assertThat(error.transactionSegmentPosition()).isEqualTo(15);
    assertThat(error.kind()).isEqualTo(EdiErrorKind.INVALID_VALUE);
    assertThat(error.message()).contains("'1X' is not a number");
    assertThat(translator.acknowledge(warehouse, e).content())
        .contains("AK1*OW*207~", "AK2*940*0001~", "AK3*W01*15**8~", "AK4*1**7~")
        .contains("AK5*R*5~", "AK9*R*1*1*0~");
  }

  @Test
  void a945WhoseTotalDoesNotMatchItsLinesIsAControlMismatchAtW03() {
    EdiRejectedException e = rejected(sample("945-north3pl.x12").replace("W03*5.5*", "W03*6*"));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("W03");
              assertThat(err.elementPosition()).isEqualTo(1);
              assertThat(err.kind()).isEqualTo(EdiErrorKind.CONTROL_MISMATCH);
              assertThat(err.message()).contains("6", "5.5");
            });
  }

  @Test
  void a943WithoutItsShipFromPartyIsRejectedAsAMissingSegment() {
    EdiRejectedException e = rejected(sample("943-acme.x12").replace("N1*SF*", "N1*SU*"));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("N1*SF");
              assertThat(err.kind()).isEqualTo(EdiErrorKind.MISSING_SEGMENT);
              assertThat(err.transaction().code()).isEqualTo("943");
            });
  }

  @Test
  void a943WithABadGtinCheckDigitIsRejectedAtW04Element7() {
    EdiRejectedException e =
        rejected(sample("943-acme.x12").replace("*EN*4006381333931", "*EN*4006381333932"));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("W04");
              assertThat(err.elementPosition()).isEqualTo(7);
              assertThat(err.transactionSegmentPosition()).isEqualTo(11);
              assertThat(err.message()).contains("invalid GTIN '4006381333932'");
            });
  }

  @Test
  void a945ThatShippedNothingIsRejectedRatherThanReadAsAnEmptyShipment() {
    String nothing =
        sample("945-north3pl.x12")
            .replace("W12*CP*4*3*1*EA", "W12*CP*4*0*4*EA")
            .replace("W12*CC*2.5*2.5*0*KG", "W12*DS*2.5*0*2.5*KG")
            .replace("W03*5.5*", "W03*0*");

    EdiRejectedException e = rejected(nothing);

    assertThat(e.errors())
        .singleElement()
        .satisfies(err -> assertThat(err.kind()).isEqualTo(EdiErrorKind.MISSING_SEGMENT));
  }

  @Test
  void a944WithAnUnconfiguredReceivingConditionIsRejectedAtW13Element3() {
    EdiRejectedException e =
        rejected(sample("944-north3pl.x12").replace("W13*2*EA*03", "W13*2*EA*09"));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("W13");
              assertThat(err.elementPosition()).isEqualTo(3);
              assertThat(err.kind()).isEqualTo(EdiErrorKind.INVALID_VALUE);
              assertThat(err.message()).contains("'09'", "[01, 02, 03]");
            });
  }

  @Test
  void an846WithAnUnknownQuantityQualifierIsRejectedAtQty01() {
    EdiRejectedException e = rejected(sample("846-north3pl.x12").replace("QTY*QH*", "QTY*ZZ*"));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("QTY");
              assertThat(err.elementPosition()).isEqualTo(1);
              assertThat(err.message()).contains("'ZZ'");
            });
    assertThat(translator.acknowledge(warehouse, e).content())
        .contains("AK1*IB*519~", "AK3*QTY*", "AK4*1**7~", "AK9*R*1*1*0~");
  }

  @Test
  void oneBad940InAGroupRejectsTheGroupSoNothingIsHalfApplied() {
    TradingPartner depositor = WarehouseSamples.mirrored(warehouse);
    String two =
        translator
            .write(
                depositor,
                List.of(
                    EdiDocument.warehouseShippingOrder(WarehouseSamples.fulfillmentOrder()),
                    EdiDocument.warehouseShippingOrder(WarehouseSamples.fulfillmentOrder())))
            .content();
    int second = two.indexOf("ST*940*0002");
    String malformed =
        two.substring(0, second) + two.substring(second).replaceFirst("W01\\*4\\*EA", "W01*4*XX");

    EdiRejectedException e = rejected(malformed);

    assertThat(e.transactions()).hasSize(2);
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.transaction().controlNumber()).isEqualTo("0002");
              assertThat(err.segmentTag()).isEqualTo("W01");
              assertThat(err.elementPosition()).isEqualTo(2);
            });
    String ack = translator.acknowledge(warehouse, e).content();
    assertThat(ack)
        .contains("AK2*940*0001~AK5*R~".replace("~", "~\n"))
        .contains("AK2*940*0002~", "AK3*W01*", "AK4*2**7~", "AK5*R*5~", "AK9*R*2*2*0~");
  }

  @Test
  void warehouseInterchangesTakeControlNumbersThatNeverRepeat() {
    EdiDocument order = EdiDocument.warehouseShippingOrder(WarehouseSamples.fulfillmentOrder());
    EdiDocument notice =
        EdiDocument.stockTransferShipmentAdvice(EdiSamples.packedNotice().notice());
    EdiDocument inventory = EdiDocument.inventoryReport(WarehouseSamples.inventory());

    OutboundInterchange first = translator.write(warehouse, List.of(order, notice, inventory));
    OutboundInterchange second = translator.write(warehouse, order);

    assertThat(first.content())
        .contains("GS*OW*ODOODIST*123456789*20261130*1405*1*X*004010~")
        .contains("GS*AR*ODOODIST*123456789*20261130*1405*2*X*004010~")
        .contains("GS*IB*ODOODIST*123456789*20261130*1405*3*X*004010~")
        .contains("ST*940*0001~", "ST*943*0002~", "ST*846*0003~");
    assertThat(second.content()).contains("GS*OW*ODOODIST*123456789*20261130*1405*4*X*004010~");
    assertThat(second.controlNumber()).isNotEqualTo(first.controlNumber());
    Set<String> transactions = new HashSet<>(first.transactionControlNumbers());
    assertThat(transactions.addAll(second.transactionControlNumbers())).isTrue();
    assertThat(transactions).hasSize(4);
  }
}
