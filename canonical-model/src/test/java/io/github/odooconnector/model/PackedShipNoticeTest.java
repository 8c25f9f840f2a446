package io.github.odooconnector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedShipNoticeTest {

  @Test
  void aCartonOnAPalletHoldingTheAnnouncedQuantityIsValid() {
    PackedShipNotice packed = Samples.packedAsn();
    assertThat(CanonicalValidator.validate(packed)).isEmpty();
    assertThat(packed.handlingUnits().get(1).optionalParentUnitId()).contains("PAL-1");
  }

  @Test
  void aUnitWhoseParentIsNotInTheNoticeIsRejectedAtItsParentUnitId() {
    HandlingUnit orphan =
        HandlingUnit.builder()
            .unitId("CTN-9")
            .parentUnitId("PAL-404")
            .type(HandlingUnitType.CARTON)
            .buildUnvalidated();
    assertThatThrownBy(() -> PackedShipNotice.of(Samples.asn(), List.of(orphan)))
        .isInstanceOf(CanonicalValidationException.class)
        .hasMessageContaining("handlingUnits[0].parentUnitId")
        .hasMessageContaining("PAL-404");
  }

  @Test
  void parentsThatFormACycleAreRejected() {
    HandlingUnit a =
        HandlingUnit.builder().unitId("A").parentUnitId("B").type(HandlingUnitType.PALLET).build();
    HandlingUnit b =
        HandlingUnit.builder().unitId("B").parentUnitId("A").type(HandlingUnitType.PALLET).build();
    assertThatThrownBy(() -> PackedShipNotice.of(Samples.asn(), List.of(a, b)))
        .hasMessageContaining("cycle");
  }

  @Test
  void packingAnUnknownLineOrMoreThanAnnouncedIsRejectedPerItem() {
    HandlingUnit carton =
        HandlingUnit.builder()
            .unitId("CTN-1")
            .type(HandlingUnitType.CARTON)
            .addItem(PackedItem.of("1", Quantity.of(15, UnitOfMeasure.EA)))
            .addItem(PackedItem.of("1", Quantity.of(15, UnitOfMeasure.EA)))
            .addItem(PackedItem.of("99", Quantity.of(1, UnitOfMeasure.EA)))
            .build();
    assertThatThrownBy(() -> PackedShipNotice.of(Samples.asn(), List.of(carton)))
        .hasMessageContaining("handlingUnits[0].contents[1].quantity")
        .hasMessageContaining("handlingUnits[0].contents[2].lineId");
  }

  @Test
  void invoiceTotalIsTheSumOfItsLineAmounts() {
    assertThat(Samples.invoice().total()).isEqualTo(Money.of("100.00", "EUR"));
  }
}
