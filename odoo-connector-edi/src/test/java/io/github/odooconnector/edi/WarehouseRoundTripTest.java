package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.api.ReceivedInterchange;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.edi.api.X12WarehouseOptions;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.DiscrepancyType;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.Receipt;
import io.github.odooconnector.model.Shipment;
import io.github.odooconnector.model.StockStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 940, 945, 943, 944 and 846 written and read back: the canonical document comes back equal. */
class WarehouseRoundTripTest {
  private final EdiTranslator translator = WarehouseSamples.translator();
  private final TradingPartner warehouse = EdiSamples.x12Warehouse();

  private Object roundTrip(TradingPartner partner, EdiDocument document) {
    OutboundInterchange out = translator.write(partner, document);
    ReceivedInterchange back = translator.read(WarehouseSamples.mirrored(partner), out.content());
    assertThat(back.documents()).hasSize(1);
    return back.documents().get(0).document().content();
  }

  private String written(TradingPartner partner, EdiDocument document) {
    return translator.write(partner, document).content();
  }

  @Test
  void aFulfillmentOrderRoundTripsThroughA940() {
    FulfillmentOrder order = WarehouseSamples.fulfillmentOrder();
    EdiDocument doc = EdiDocument.warehouseShippingOrder(order);

    assertThat(written(warehouse, doc))
        .contains("GS*OW*ODOODIST*123456789*", "ST*940*0001~", "W05*N*WH/OUT/00042~")
        .contains("N1*ST*Jane Doe~", "N1*WH**92*NORTH~", "N9*CO*S00017~", "N9*PHC*HIGH~")
        .contains("G62*10*20261202~", "G62*04*20261130*W*134510~", "W66*PP*M***Ground*****UPSN~")
        .contains("LX*1~", "W01*4*EA**SK*FURN-0001*EN*4006381333931~", "G69*Office chair, black~")
        .contains("N9*LI*101~", "N9*CO*17~", "W01*2.5*KG**SK*BOLT-M8~", "N9*LT*L2611~", "W76*6.5~");
    assertThat(roundTrip(warehouse, doc)).isEqualTo(order);
  }

  @Test
  void aShipmentWithParcelsLotsAndSerialsRoundTripsThroughA945() {
    Shipment shipment = WarehouseSamples.shipment();
    EdiDocument doc = EdiDocument.warehouseShippingAdvice(shipment);

    assertThat(written(warehouse, doc))
        .contains("GS*SW*", "ST*945*0001~", "W06*F*WH/OUT/00042*20261202*SHP-88121~")
        .contains("N1*SF**92*NORTH~", "N2*Dock 2~", "N9*2I*1Z999AA10123456784~")
        .contains("G62*11*20261202*W*162000~", "W27*M*UPSN*Ground*PP~")
        .contains("LX*1~", "MAN*GM*106141411234567897~", "MAN*CP*1Z999AA10123456784~")
        .contains("W12*CC*2*2*0*EA**SK*FURN-0001~", "N9*SE*SN-0001~", "LX*2~", "MAN*ZZ*CTN-2~")
        .contains("N9*LT*L2611**20281130~", "W03*6.5~");
    assertThat(roundTrip(warehouse, doc)).isEqualTo(shipment);
  }

  @Test
  void aShipNoticeToTheWarehouseRoundTripsThroughA943() {
    AdvanceShipNotice notice = EdiSamples.packedNotice().notice();
    EdiDocument doc = EdiDocument.stockTransferShipmentAdvice(notice);

    assertThat(written(warehouse, doc))
        .contains("GS*AR*", "ST*943*0001~", "W06*F*ASN-2026-0042*20261130***P00017~")
        .contains("N1*SF*Acme Supply Ltd*92*ACME-01~", "N1*ST**92*WH~", "N2*WH/Input~")
        .contains("G62*17*20261202*W*093000~", "W27*M*DHLF*Road freight*PP~")
        .contains("W04*30*EA**SK*FURN-0001*EN*4006381333931~", "N9*LT*LOT-A**20280131~")
        .contains("N9*PO*10~", "W04*2.5*KG**SK*BOLT-M8~", "W03*44.5~");
    assertThat(roundTrip(warehouse, doc)).isEqualTo(notice);
  }

  @Test
  void aReceiptWithShortDamagedAndSerialLinesRoundTripsThroughA944() {
    Receipt receipt = WarehouseSamples.receipt();
    EdiDocument doc = EdiDocument.stockTransferReceiptAdvice(receipt);

    assertThat(written(warehouse, doc))
        .contains("GS*RE*", "ST*944*0001~", "W17*F*20261202*RCV-5512*ASN-2026-0042~")
        .contains("N1*WH**92*NORTH~", "N2*Receiving~", "N9*PO*P00017~")
        .contains("W07*28*EA**SK*FURN-0001~", "W13*2*EA*03~", "W13*1*EA*01~")
        .contains("N9*SE*SN-1002~", "W14*42~");
    assertThat(roundTrip(warehouse, doc)).isEqualTo(receipt);
  }

  @Test
  void aLineReceivedShortWithoutAListedDiscrepancyIsWrittenAsAShortageSoItsExpectationSurvives() {
    Receipt receipt = WarehouseSamples.receipt().toBuilder().discrepancies(List.of()).build();

    Receipt back = (Receipt) roundTrip(warehouse, EdiDocument.stockTransferReceiptAdvice(receipt));

    assertThat(back.lines()).isEqualTo(receipt.lines());
    assertThat(back.discrepancies())
        .singleElement()
        .satisfies(d -> assertThat(d.type()).isEqualTo(DiscrepancyType.SHORTAGE));
  }

  @Test
  void anInventorySnapshotWithStatusesBinsLotsAndReservationsRoundTripsThroughAn846() {
    InventorySnapshot snapshot = WarehouseSamples.inventory();
    EdiDocument doc = EdiDocument.inventoryReport(snapshot);

    assertThat(written(warehouse, doc))
        .contains("GS*IB*", "ST*846*0001~", "BIA*00*DD*INV-20261201*20261201*050000~")
        .contains("N1*WH**92*NORTH~", "LIN*1*SK*FURN-0001~", "QTY*17*52*EA~")
        .contains("SDQ*EA*92*A-01-01*40*A-01-02*12~", "QTY*33*46*EA~", "QTY*QH*3*EA~")
        .contains("QTY*74*1*EA~", "LIN*2*SK*BOLT-M8*LT*L2611~", "DTM*036*20281130~")
        .contains("QTY*17*120*KG~", "QTY*33*100*KG~", "QTY*IQ*50*KG~", "CTT*2~");
    assertThat(roundTrip(warehouse, doc)).isEqualTo(snapshot);
  }

  @Test
  void aShippingAdviceRoundTripsAtVersion5010Too() {
    TradingPartner at5010 =
        TradingPartner.builder("north-3pl", warehouse.standard())
            .partnerId(warehouse.partnerQualifier(), warehouse.partnerId())
            .ourId(warehouse.ourQualifier(), warehouse.ourId())
            .version("005010")
            .build();
    Shipment shipment = WarehouseSamples.shipment();
    EdiDocument doc = EdiDocument.warehouseShippingAdvice(shipment);

    assertThat(written(at5010, doc)).contains("*00501*", "*X*005010~");
    assertThat(roundTrip(at5010, doc)).isEqualTo(shipment);
  }

  @Test
  void partnerCodesComeFromTheTradingPartnerNotFromCode() {
    TradingPartner vendorNumbers =
        TradingPartner.builder("south-3pl", warehouse.standard())
            .partnerId(warehouse.partnerQualifier(), warehouse.partnerId())
            .ourId(warehouse.ourQualifier(), warehouse.ourId())
            .warehouse(
                X12WarehouseOptions.builder()
                    .productQualifier("VN")
                    .stockQuantityQualifier(StockStatus.AVAILABLE, "QA")
                    .stockQuantityQualifier(StockStatus.QUARANTINE, "QU")
                    .availableQuantityQualifier("QS")
                    .reportTypes("SI", "PA")
                    .build())
            .build();
    InventorySnapshot snapshot = WarehouseSamples.inventory();
    EdiDocument doc = EdiDocument.inventoryReport(snapshot);
    String content = written(vendorNumbers, doc);

    assertThat(content)
        .contains("BIA*00*SI*", "LIN*1*VN*FURN-0001~", "QTY*QA*52*EA~", "QTY*QS*46*EA~")
        .contains("QTY*QU*3*EA~");
    assertThat(roundTrip(vendorNumbers, doc)).isEqualTo(snapshot);
    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class,
            () -> translator.read(WarehouseSamples.mirrored(warehouse), content));
    assertThat(e.errors()).extracting(EdiError::segmentTag).containsAnyOf("BIA", "LIN", "QTY");
  }

  @Test
  void aStockStatusWithoutAPartnerQualifierCannotBeWritten() {
    InventorySnapshot snapshot = WarehouseSamples.inventory();
    InventorySnapshot allocated =
        new InventorySnapshot(
            snapshot.snapshotId(),
            snapshot.warehouse(),
            snapshot.takenAt(),
            false,
            List.of(snapshot.levels().get(0).toBuilder().status(StockStatus.ALLOCATED).build()));

    assertThatThrownBy(() -> translator.write(warehouse, EdiDocument.inventoryReport(allocated)))
        .isInstanceOf(EdiWriteException.class)
        .hasMessageContaining("ALLOCATED", "stockQuantityQualifier");
  }
}
