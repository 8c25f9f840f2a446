package io.github.odooconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Custom fields created through {@code ir.model.fields}, as Studio and Settings &gt; Technical &gt;
 * Fields do, become fields of their model, with the checks real Odoo 17/18/19 make (name starts
 * with {@code x_}, unique per model).
 */
class CustomFieldsTest {

  private static long pickingModel(Rpc rpc) {
    return ((Number)
            rpc.searchRead("ir.model", List.of(List.of("model", "=", "stock.picking")), "id")
                .get(0)
                .get("id"))
        .longValue();
  }

  private static Map<String, Object> field(long modelId, String name, String type) {
    return Map.of(
        "model_id",
        modelId,
        "name",
        name,
        "field_description",
        "WMS reference",
        "ttype",
        type,
        "state",
        "manual");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(OdooVersion.class)
  void aManualFieldCreatedThroughIrModelFieldsCanBeReadAndWritten(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      long fieldId = rpc.create("ir.model.fields", field(pickingModel(rpc), "x_wms_ref", "char"));

      assertThat(rpc.read("ir.model.fields", fieldId, "model", "name", "ttype"))
          .containsEntry("model", "stock.picking")
          .containsEntry("ttype", "char");
      Object fields =
          rpc.call("stock.picking", "fields_get", List.of(), Map.of("attributes", List.of("type")));
      assertThat(fields)
          .asInstanceOf(InstanceOfAssertFactories.MAP)
          .containsEntry("x_wms_ref", Map.of("type", "char"));
      long picking =
          ((Number) rpc.searchRead("stock.picking", List.of(), "id").get(0).get("id")).longValue();
      rpc.call("stock.picking", "write", List.of(List.of(picking), Map.of("x_wms_ref", "WMS-1")));
      assertThat(rpc.read("stock.picking", picking, "x_wms_ref"))
          .containsEntry("x_wms_ref", "WMS-1");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(OdooVersion.class)
  void aSecondFieldOfTheSameNameOrAFieldWithoutXPrefixIsRefused(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      long model = pickingModel(rpc);
      rpc.create("ir.model.fields", field(model, "x_wms_ref", "char"));

      assertThatThrownBy(() -> rpc.create("ir.model.fields", field(model, "x_wms_ref", "char")))
          .hasMessageContaining("Field names must be unique per model");
      assertThatThrownBy(() -> rpc.create("ir.model.fields", field(model, "wms_ref", "char")))
          .hasMessageContaining("must have a name that starts with 'x_'");
      assertThat(rpc.searchRead("ir.model.fields", List.of(), "name")).hasSize(1);
    }
  }
}
