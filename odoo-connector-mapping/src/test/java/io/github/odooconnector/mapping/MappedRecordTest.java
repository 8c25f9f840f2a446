package io.github.odooconnector.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.OdooRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappedRecordTest {

  /** Shaped like json2-search_read-stock.picking.response.json of the Odoo 19 fixtures. */
  private static OdooRecord picking() {
    Map<String, Object> v = new HashMap<>();
    v.put("id", 1);
    v.put("name", "WH/OUT/00001");
    v.put("partner_id", List.of(8, "Wood Corner"));
    v.put("state", "assigned");
    v.put("scheduled_date", "2026-11-24 22:19:03");
    v.put("date_done", false);
    v.put("move_ids", List.of(18));
    v.put("origin", false);
    v.put("x_dock_door", "D4");
    v.put("x_wave", List.of(3, "Wave 3"));
    v.put("x_weight", 12.5);
    v.put("x_empty", false);
    return OdooRecord.of(v);
  }

  private static final FieldMap MAP =
      StandardFieldMaps.picking()
          .withCustom("dock", "x_dock_door")
          .withCustom("wave", "x_wave")
          .withCustom("weight", "x_weight")
          .withCustom("empty", "x_empty");

  @Test
  void readsTypedValuesThroughTheMap() {
    MappedRecord r = MappedRecord.of(picking(), MAP);

    assertThat(r.requireString("reference")).isEqualTo("WH/OUT/00001");
    assertThat(r.requireMany2one("partner").id()).isEqualTo(8);
    assertThat(r.ids("moves")).containsExactly(18L);
    assertThat(r.datetime("scheduledDate")).contains(Instant.parse("2026-11-24T22:19:03Z"));
    assertThat(r.datetime("dateDone")).as("false means empty").isEmpty();
    assertThat(r.string("origin")).isEmpty();
  }

  @Test
  void missingRequiredValueNamesModelRecordAndField() {
    MappedRecord r = MappedRecord.of(picking(), MAP);

    assertThatThrownBy(() -> r.requireString("origin"))
        .isInstanceOfSatisfying(
            MappingException.class,
            e -> {
              assertThat(e.model()).isEqualTo("stock.picking");
              assertThat(e.recordId()).hasValue(1);
              assertThat(e.field()).contains("origin");
              assertThat(e).hasMessage("stock.picking(1).origin: required value is missing");
            });
  }

  @Test
  void wrongShapeIsAMappingErrorNotAClassCastException() {
    MappedRecord r = MappedRecord.of(picking(), MAP.with("partner", "name"));
    assertThatThrownBy(() -> r.requireMany2one("partner"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("stock.picking(1).name");
  }

  @Test
  void customAttributesAreRenderedAsTextAndUnsetOnesSkipped() {
    assertThat(MappedRecord.of(picking(), MAP).customAttributes())
        .containsExactly(
            Map.entry("dock", "D4"), Map.entry("wave", "Wave 3"), Map.entry("weight", "12.5"));
  }

  @Test
  void unmappedOptionalKeysReadAsAbsent() {
    MappedRecord r = MappedRecord.of(picking(), MAP.without("carrier"));
    assertThat(r.many2one("carrier")).isEmpty();
    assertThat(r.decimal("nonexistent")).isEmpty();
    assertThat(r.bool("nonexistent")).isFalse();
    assertThat(MappedRecord.of(picking(), StandardFieldMaps.move()).decimal("quantity")).isEmpty();
  }
}
