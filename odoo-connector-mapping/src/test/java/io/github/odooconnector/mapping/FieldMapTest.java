package io.github.odooconnector.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.ServerVersion;
import org.junit.jupiter.api.Test;

class FieldMapTest {

  @Test
  void standardKeyCanBeRedirectedToACustomStudioField() {
    FieldMap map = StandardFieldMaps.picking().with("trackingRef", "x_studio_tracking");

    assertThat(map.field("trackingRef")).isEqualTo("x_studio_tracking");
    assertThat(map.odooFields())
        .contains("x_studio_tracking")
        .doesNotContain("carrier_tracking_ref");
    assertThat(StandardFieldMaps.picking().field("trackingRef"))
        .as("original unchanged")
        .isEqualTo("carrier_tracking_ref");
  }

  @Test
  void customAttributesAreReadToo() {
    FieldMap map = StandardFieldMaps.picking().withCustom("dock", "x_dock_door");

    assertThat(map.customAttributes()).containsEntry("dock", "x_dock_door");
    assertThat(map.odooFields()).startsWith("id").contains("x_dock_door");
  }

  @Test
  void dottedPathsReadTheirTopLevelField() {
    FieldMap map =
        FieldMap.builder("stock.picking").map("countryCode", "partner_id.country_id").build();
    assertThat(map.odooFields()).containsExactly("id", "partner_id");
  }

  @Test
  void invalidFieldNamesAreRejectedNamingTheKey() {
    assertThatThrownBy(() -> StandardFieldMaps.picking().with("trackingRef", "X-Bad Name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trackingRef")
        .hasMessageContaining("X-Bad Name");
  }

  @Test
  void unknownKeyIsAMappingErrorListingTheKnownKeys() {
    assertThatThrownBy(() -> StandardFieldMaps.quant().field("colour"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("stock.quant")
        .hasMessageContaining("colour")
        .hasMessageContaining("product");
    assertThat(StandardFieldMaps.quant().optionalField("colour")).isEmpty();
  }

  @Test
  void withoutRemovesAKeyForDatabasesThatLackTheField() {
    FieldMap map = StandardFieldMaps.picking().without("returnOf");
    assertThat(map.optionalField("returnOf")).isEmpty();
    assertThat(map.odooFields()).doesNotContain("return_id");
  }

  @Test
  void mapsAreValuesComparedByContent() {
    assertThat(StandardFieldMaps.move())
        .isEqualTo(StandardFieldMaps.move())
        .hasSameHashCodeAs(StandardFieldMaps.move())
        .isNotEqualTo(StandardFieldMaps.moveLine());
  }

  @Test
  void mappingConfigRejectsAMapOfTheWrongModel() {
    assertThatThrownBy(() -> MappingConfig.defaults().withPicking(StandardFieldMaps.move()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stock.picking")
        .hasMessageContaining("stock.move");
  }

  @Test
  void orderLineUnitFieldFollowsOdoo19sRenameFromProductUomToProductUomId() {
    for (String v : new String[] {"17.0", "18.0+e"}) {
      ServerVersion version = ServerVersion.parse(v);
      assertThat(StandardFieldMaps.saleOrderLine(version).field("uom")).isEqualTo("product_uom");
      assertThat(StandardFieldMaps.purchaseOrderLine(version).field("uom"))
          .isEqualTo("product_uom");
    }
    ServerVersion v19 = ServerVersion.parse("19.0");
    assertThat(StandardFieldMaps.saleOrderLine(v19).field("uom")).isEqualTo("product_uom_id");
    assertThat(StandardFieldMaps.purchaseOrderLine(v19).field("uom")).isEqualTo("product_uom_id");
    assertThat(StandardFieldMaps.purchaseOrderLine(v19).field("quantity")).isEqualTo("product_qty");
    assertThat(StandardFieldMaps.saleOrderLine(ServerVersion.UNKNOWN).field("uom"))
        .as("unknown version: the 17/18 name")
        .isEqualTo("product_uom");
  }
}
