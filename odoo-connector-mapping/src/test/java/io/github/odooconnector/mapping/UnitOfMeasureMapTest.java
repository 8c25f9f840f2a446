package io.github.odooconnector.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.UnitOfMeasure;
import org.junit.jupiter.api.Test;

class UnitOfMeasureMapTest {

  @Test
  void knowsTheOdooDefaultUnitNamesCaseInsensitively() {
    UnitOfMeasureMap m = UnitOfMeasureMap.defaults();
    assertThat(m.find("Units")).contains(UnitOfMeasure.C62);
    assertThat(m.find(" dozens ")).contains(UnitOfMeasure.DZN);
    assertThat(m.find("kg")).contains(UnitOfMeasure.KGM);
    assertThat(m.find("lb(s)")).contains(UnitOfMeasure.LBR);
    assertThat(m.find("Pallet of 40")).isEmpty();
  }

  @Test
  void databaseSpecificNamesCanBeAdded() {
    UnitOfMeasureMap m = UnitOfMeasureMap.defaults().with("Stück", UnitOfMeasure.C62);
    assertThat(m.find("stück")).contains(UnitOfMeasure.C62);
    assertThat(UnitOfMeasureMap.defaults().find("Stück")).isEmpty();
  }

  @Test
  void unknownUnitIsAMappingErrorTellingHowToFixIt() {
    assertThatThrownBy(
            () -> UnitOfMeasureMap.empty().require("Units", "stock.move", 7, "product_uom"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("stock.move(7).product_uom")
        .hasMessageContaining("'Units'")
        .hasMessageContaining("UnitOfMeasureMap.with");
  }

  @Test
  void reverseLookupPrefersTheFirstRegisteredNameAndTreatsEaAsPieces() {
    assertThat(UnitOfMeasureMap.defaults().toOdooName(UnitOfMeasure.C62)).contains("Units");
    assertThat(UnitOfMeasureMap.defaults().toOdooName(UnitOfMeasure.EA)).contains("Units");
    assertThat(UnitOfMeasureMap.empty().toOdooName(UnitOfMeasure.KGM)).isEmpty();
  }

  @Test
  void dozensConvertToPiecesThroughTheCanonicalQuantity() {
    UnitOfMeasure dozen = UnitOfMeasureMap.defaults().find("Dozens").orElseThrow();
    assertThat(Quantity.of(8, dozen).to(UnitOfMeasure.C62)).isEqualTo(Quantity.pieces(96));
  }
}
