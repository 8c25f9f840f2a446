package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pallets and cartons with their SSCCs on the documents a WMS exchanges (ASN out, receipt and ship
 * confirmation in): optional, left out of the JSON form when absent, and checked like a packed ship
 * notice's units.
 */
class HandlingUnitsOnWmsDocumentsTest {

  private static final Sscc PALLET_SSCC = Sscc.fromDataDigits("10614141000000017");
  private static final Sscc CARTON_SSCC = Sscc.fromDataDigits("10614141000000024");

  private static HandlingUnit pallet() {
    return HandlingUnit.builder()
        .unitId("PAL-1")
        .type(HandlingUnitType.PALLET)
        .sscc(PALLET_SSCC)
        .build();
  }

  private static HandlingUnit carton(String lineId, int quantity) {
    return HandlingUnit.builder()
        .unitId("CTN-1")
        .parentUnitId("PAL-1")
        .type(HandlingUnitType.CARTON)
        .sscc(CARTON_SSCC)
        .addItem(PackedItem.of(lineId, Quantity.of(quantity, UnitOfMeasure.EA)))
        .build();
  }

  @Test
  void anAsnCarriesPalletAndCartonThroughItsJsonForm() {
    AdvanceShipNotice asn =
        Samples.asn().toBuilder()
            .addHandlingUnit(pallet())
            .addHandlingUnit(carton("1", 20))
            .build();

    String json = CanonicalJson.toJson(asn);

    assertThat(json).contains("\"handlingUnits\":[").contains(PALLET_SSCC.value());
    assertThat(CanonicalJson.fromJson(json, AdvanceShipNotice.class)).isEqualTo(asn);
  }

  @Test
  void documentsWithoutUnitsKeepTheirFormerJsonAndFormerJsonStillParses() {
    for (Object document : List.of(Samples.asn(), Samples.receipt(), Samples.shipment())) {
      String json = CanonicalJson.toJson(document);
      assertThat(json).doesNotContain("handlingUnits");
      assertThat(CanonicalJson.fromJson(json, document.getClass())).isEqualTo(document);
    }
  }

  @Test
  void receiptAndShipmentUnitsNameTheirLines() {
    Receipt receipt =
        Samples.receipt().toBuilder()
            .addHandlingUnit(pallet())
            .addHandlingUnit(carton("1", 18))
            .build();
    Shipment shipment =
        Samples.shipment().toBuilder()
            .addHandlingUnit(pallet())
            .addHandlingUnit(
                carton("move:1", 2).toBuilder()
                    .contents(List.of(PackedItem.of("move:1", Quantity.pieces(2))))
                    .build())
            .build();

    assertThat(CanonicalJson.fromJson(CanonicalJson.toJson(receipt), Receipt.class))
        .isEqualTo(receipt);
    assertThat(CanonicalJson.fromJson(CanonicalJson.toJson(shipment), Shipment.class))
        .isEqualTo(shipment);
    assertThat(receipt.handlingUnits())
        .extracting(HandlingUnit::sscc)
        .containsExactly(PALLET_SSCC, CARTON_SSCC);
  }

  @Test
  void aReceiptUnitPackingMoreThanItsLineReceivedOrAnUnknownLineIsRefused() {
    assertThatThrownBy(() -> Samples.receipt().toBuilder().addHandlingUnit(carton("1", 19)).build())
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("handlingUnits[0].contents[0].quantity")
        .hasMessageContaining("than the line holds");
    assertThatThrownBy(() -> Samples.receipt().toBuilder().addHandlingUnit(carton("7", 1)).build())
        .hasMessageContaining("handlingUnits[0].contents[0].lineId")
        .hasMessageContaining("line of this receipt");
  }

  @Test
  void aParentThatDoesNotResolveOrARepeatedSsccIsRefused() {
    HandlingUnit orphan = carton("1", 1);
    assertThatThrownBy(() -> Samples.asn().toBuilder().addHandlingUnit(orphan).build())
        .hasMessageContaining("handlingUnits[0].parentUnitId")
        .hasMessageContaining("PAL-1");
    HandlingUnit twin = pallet().toBuilder().unitId("PAL-2").build();
    assertThatThrownBy(
            () ->
                Samples.shipment().toBuilder()
                    .addHandlingUnit(pallet())
                    .addHandlingUnit(twin)
                    .build())
        .hasMessageContaining("handlingUnits[1].sscc")
        .hasMessageContaining("repeated");
  }

  @Test
  void anSsccWithAWrongCheckDigitIsRefusedWhenReadFromJson() {
    String bad =
        PALLET_SSCC.value().substring(0, 17) + ((PALLET_SSCC.value().charAt(17) - '0' + 1) % 10);
    String json =
        CanonicalJson.toJson(Samples.receipt().toBuilder().addHandlingUnit(pallet()).build())
            .replace(PALLET_SSCC.value(), bad);

    assertThatThrownBy(() -> CanonicalJson.fromJson(json, Receipt.class))
        .isInstanceOf(CanonicalModelException.class)
        .hasMessageContaining("handlingUnits[0].sscc");
  }

  @Test
  void theUnannouncedUnitDiscrepancyHasItsStableJsonName() {
    assertThat(CanonicalJson.toJson(DiscrepancyType.UNANNOUNCED_UNIT))
        .isEqualTo("\"unannounced_unit\"");
  }
}
