package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiErrorKind;
import io.github.odooconnector.edi.api.EdiRejectedException;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.EdifactCodes;
import io.github.odooconnector.edi.api.TradingPartner;
import io.github.odooconnector.model.InventorySnapshot;
import io.github.odooconnector.model.StockStatus;
import org.junit.jupiter.api.Test;

/** INVRPT: stock per status bucket, with lots and their dates, both ways. */
class EdifactInventoryTest {
  private final EdiTranslator translator = EdifactSamples.translator();

  /** Our 3PL, reporting the stock it keeps for us. */
  private final TradingPartner warehouse =
      TradingPartner.builder("euro-3pl", EdiStandard.EDIFACT)
          .partnerId("14", "4012345000016")
          .ourId("14", "4098765000002")
          .build();

  private String written(TradingPartner partner, InventorySnapshot snapshot) {
    return translator.write(partner, EdiDocument.inventoryReport(snapshot)).content();
  }

  @Test
  void anInventoryReportWithEveryStockStatusLotsAndDatesRoundTripsToAnEqualSnapshot() {
    InventorySnapshot sent = EdifactSamples.snapshot();

    assertThat(written(warehouse, sent))
        .contains(
            "UNH+1+INVRPT:D:96A:UN'", "BGM+35+INV-2026-1130+5'", "DTM+137:20261130220000:204'")
        .contains("NAD+WH+WH2::92'", "LIN+1'", "PIA+5+FURN-0001:IN'", "LOC+18+WH2+WH2/A-01-03'")
        .contains("QTY+17:120:EA'", "QTY+145:100:EA'", "GIN+BX+B-7781'")
        .contains("DTM+36:20290630:102'", "DTM+361:20290331:102'", "DTM+94:20260630:102'")
        .contains("QTY+27:6:EA'", "QTY+20:2:EA'", "QTY+ZZZ:12.5:KGM'", "QTY+66:40:EA'")
        .contains("CNT+2:5'");
    assertThat(EdifactSamples.roundTrip(translator, warehouse, EdiDocument.inventoryReport(sent)))
        .isEqualTo(sent);
  }

  @Test
  void aPartialSnapshotIsAnOriginalReportAndReadsBackAsPartial() {
    InventorySnapshot s = EdifactSamples.snapshot();
    InventorySnapshot partial =
        new InventorySnapshot(s.snapshotId(), s.warehouse(), s.takenAt(), false, s.levels());

    assertThat(written(warehouse, partial)).contains("BGM+35+INV-2026-1130+9'");
    assertThat(
            EdifactSamples.roundTrip(translator, warehouse, EdiDocument.inventoryReport(partial)))
        .isEqualTo(partial);
  }

  @Test
  void stockStatusQualifiersComeFromThePartnerConfiguration() {
    TradingPartner custom =
        TradingPartner.builder("other-3pl", EdiStandard.EDIFACT)
            .partnerId("14", "4012345000016")
            .ourId("14", "4098765000002")
            .edifactCodes(
                EdifactCodes.defaults()
                    .withStockQuantityQualifier(StockStatus.IN_TRANSIT, "12")
                    .withStockQuantityQualifier(StockStatus.DAMAGED, "124")
                    .withSkuQualifier("SA"))
            .build();
    InventorySnapshot sent = EdifactSamples.snapshot();

    String content = written(custom, sent);

    assertThat(content).contains("QTY+12:12.5:KGM'", "QTY+124:2:EA'", "PIA+5+BOLT-M8:SA'");
    assertThat(EdifactSamples.roundTrip(translator, custom, EdiDocument.inventoryReport(sent)))
        .isEqualTo(sent);
    // read with the default codes, the partner's damaged qualifier is refused by name
    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class,
            () ->
                translator.read(
                    EdifactSamples.mirrored(warehouse),
                    content
                        .replace("PIA+5+FURN-0001:SA", "PIA+5+FURN-0001:IN")
                        .replace("PIA+5+BOLT-M8:SA", "PIA+5+BOLT-M8:IN")
                        .replace("PIA+5+LAMP-02:SA", "PIA+5+LAMP-02:IN")));
    assertThat(e.errors())
        .anySatisfy(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("QTY");
              assertThat(err.elementPosition()).isEqualTo(1);
              assertThat(err.componentPosition()).isEqualTo(1);
              assertThat(err.message()).contains("'124'", "[145, 17, 20, 27, 66, ZZZ]");
            });
  }

  @Test
  void twoStatusesMayNotShareAQualifier() {
    assertThatThrownBy(
            () -> EdifactCodes.defaults().withStockQuantityQualifier(StockStatus.QUARANTINE, "20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20");
  }

  @Test
  void anAvailableQuantityAboveOnHandIsRejectedAtItsQty() {
    String tampered =
        written(warehouse, EdifactSamples.snapshot()).replace("QTY+145:100:EA'", "QTY+145:130:EA'");

    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class,
            () -> translator.read(EdifactSamples.mirrored(warehouse), tampered));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("QTY");
              assertThat(err.kind()).isEqualTo(EdiErrorKind.INVALID_VALUE);
              assertThat(err.message()).contains("exceeds on hand");
            });
  }

  @Test
  void aBadExpiryDateIsRejectedAtTheDtmComponent() {
    String tampered =
        written(warehouse, EdifactSamples.snapshot())
            .replace("DTM+36:20290630:102'", "DTM+36:20291330:102'");

    EdiRejectedException e =
        catchThrowableOfType(
            EdiRejectedException.class,
            () -> translator.read(EdifactSamples.mirrored(warehouse), tampered));

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            err -> {
              assertThat(err.segmentTag()).isEqualTo("DTM");
              assertThat(err.elementPosition()).isEqualTo(1);
              assertThat(err.componentPosition()).isEqualTo(2);
              assertThat(err.message()).contains("20291330");
            });
  }
}
