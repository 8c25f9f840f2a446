package io.github.odooconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Packages, customs fields and the return wizard answer as the captured 17/18/19 servers do
 * (fixtures {@code packages-*}, {@code customs-*}, {@code returns-*}).
 */
class ShippingModelsTest {

  static Stream<Arguments> protocols() {
    List<Arguments> out = new ArrayList<>();
    for (OdooVersion v : OdooVersion.values()) {
      out.add(Arguments.of(v, WireProtocol.JSONRPC));
      out.add(Arguments.of(v, WireProtocol.XMLRPC));
      if (v.supportsJson2()) {
        out.add(Arguments.of(v, WireProtocol.JSON2));
      }
    }
    return out.stream();
  }

  private static long readyDelivery(Rpc rpc, FakeOdoo odoo) {
    long picking =
        rpc.create(
            "stock.picking",
            Map.of(
                "partner_id",
                odoo.ref("base.partner_wood_corner"),
                "picking_type_id",
                odoo.ref("stock.picking_type_out"),
                "location_id",
                odoo.ref("stock.stock_location_stock"),
                "location_dest_id",
                odoo.ref("stock.stock_location_customers"),
                "move_ids",
                List.of(
                    List.of(
                        0,
                        0,
                        Map.of(
                            "name",
                            "Desk",
                            "product_id",
                            odoo.ref("product.product_desk"),
                            "product_uom_qty",
                            1.0,
                            "product_uom",
                            odoo.ref("uom.product_uom_unit"),
                            "location_id",
                            odoo.ref("stock.stock_location_stock"),
                            "location_dest_id",
                            odoo.ref("stock.stock_location_customers"))))));
    rpc.call("stock.picking", "action_confirm", List.of(List.of(picking)));
    rpc.call("stock.picking", "action_assign", List.of(List.of(picking)));
    return picking;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("protocols")
  void putInPackAnswersLikeEachVersion(OdooVersion v, WireProtocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, p);
      long picking = readyDelivery(rpc, odoo);
      String model = v.major() >= 19 ? "stock.package" : "stock.quant.package";

      if (v.major() < 19 && p == WireProtocol.XMLRPC) {
        assertThatThrownBy(
                () -> rpc.call("stock.picking", "action_put_in_pack", List.of(List.of(picking))))
            .isInstanceOf(Rpc.Fault.class)
            .hasMessageContaining("cannot marshal");
        return;
      }
      Object answer = rpc.call("stock.picking", "action_put_in_pack", List.of(List.of(picking)));

      List<Map<String, Object>> lines =
          rpc.searchRead(
              "stock.move.line", List.of(List.of("picking_id", "=", picking)), "result_package_id");
      long pack = Rpc.m2oId(lines.get(0).get("result_package_id"));
      if (v.major() >= 19) {
        assertThat((List<?>) answer)
            .singleElement()
            .satisfies(id -> assertThat(((Number) id).longValue()).isEqualTo(pack));
      } else {
        assertThat(answer).isEqualTo(model + "(" + pack + ",)");
      }
      Map<String, Object> pkg = rpc.read(model, pack, "name", "weight", "shipping_weight");
      assertThat((String) pkg.get("name")).matches("PACK\\d{7}");
      assertThat(Rpc.num(pkg.get("weight"))).isEqualTo(22.5);
      if (v.major() >= 19) {
        assertThat(rpc.call("stock.picking", "action_put_in_pack", List.of(List.of(picking))))
            .as("19 wraps the packages in a new outer package")
            .isInstanceOf(List.class);
      } else {
        assertThatThrownBy(
                () -> rpc.call("stock.picking", "action_put_in_pack", List.of(List.of(picking))))
            .isInstanceOf(Rpc.Fault.class)
            .hasMessageContaining("nothing eligible to put in a pack");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(OdooVersion.class)
  void putInPackWithACarrierOpensTheVersionsWizard(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      long picking = readyDelivery(rpc, odoo);
      rpc.call(
          "stock.picking",
          "write",
          List.of(
              List.of(picking), Map.of("carrier_id", odoo.ref("delivery.free_delivery_carrier"))));

      Object answer = rpc.call("stock.picking", "action_put_in_pack", List.of(List.of(picking)));

      assertThat(answer)
          .asInstanceOf(InstanceOfAssertFactories.MAP)
          .containsEntry(
              "res_model", v.major() >= 19 ? "stock.put.in.pack" : "choose.delivery.package");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(OdooVersion.class)
  void theReturnWizardCreatesAnIncomingReturnPickingWithEachVersionsMethod(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      long picking = readyDelivery(rpc, odoo);
      Map<String, Object> ctx =
          Map.of(
              "active_id",
              picking,
              "active_ids",
              List.of(picking),
              "active_model",
              "stock.picking");
      assertThatThrownBy(
              () ->
                  rpc.call(
                      "stock.return.picking", "create", List.of(Map.of()), Map.of("context", ctx)))
          .as("only done pickings")
          .hasMessageContaining("Done pickings");
      rpc.call(
          "stock.picking",
          "button_validate",
          List.of(List.of(picking)),
          Map.of("context", Map.of("skip_sms", true)));
      long wizard =
          ((Number)
                  rpc.call(
                      "stock.return.picking", "create", List.of(Map.of()), Map.of("context", ctx)))
              .longValue();
      List<Map<String, Object>> lines =
          rpc.searchRead(
              "stock.return.picking.line", List.of(List.of("wizard_id", "=", wizard)), "quantity");
      String method = v.major() >= 18 ? "action_create_returns" : "create_returns";
      String other = v.major() >= 18 ? "create_returns" : "action_create_returns";

      assertThat(Rpc.num(lines.get(0).get("quantity"))).isEqualTo(v.major() >= 18 ? 0.0 : 1.0);
      assertThatThrownBy(() -> rpc.call("stock.return.picking", other, List.of(List.of(wizard))))
          .hasMessageContaining("does not exist");
      if (v.major() >= 18) {
        assertThatThrownBy(() -> rpc.call("stock.return.picking", method, List.of(List.of(wizard))))
            .hasMessageContaining("at least one non-zero quantity");
        rpc.call(
            "stock.return.picking.line",
            "write",
            List.of(
                List.of(((Number) lines.get(0).get("id")).longValue()), Map.of("quantity", 1.0)));
      }
      Map<?, ?> action =
          (Map<?, ?>) rpc.call("stock.return.picking", method, List.of(List.of(wizard)));

      long returned = ((Number) action.get("res_id")).longValue();
      Map<String, Object> ret =
          rpc.read("stock.picking", returned, "picking_type_code", "return_id", "origin", "state");
      assertThat(ret.get("picking_type_code")).isEqualTo("incoming");
      assertThat(Rpc.m2oId(ret.get("return_id"))).isEqualTo(picking);
      assertThat((String) ret.get("origin")).startsWith("Return of ");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(OdooVersion.class)
  void productsCarryTheirCustomsFieldsOnTheTemplateAndTheVariant(OdooVersion v) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      long desk = odoo.ref("product.product_desk");
      long template =
          Rpc.m2oId(rpc.read("product.product", desk, "product_tmpl_id").get("product_tmpl_id"));
      rpc.call(
          "product.template",
          "write",
          List.of(
              List.of(template),
              Map.of("hs_code", "9403.30", "country_of_origin", odoo.ref("base.be"))));

      Map<String, Object> variant =
          rpc.read("product.product", desk, "hs_code", "country_of_origin");
      assertThat(variant.get("hs_code")).isEqualTo("9403.30");
      assertThat(Rpc.m2oId(variant.get("country_of_origin"))).isEqualTo(odoo.ref("base.be"));
    }
  }
}
