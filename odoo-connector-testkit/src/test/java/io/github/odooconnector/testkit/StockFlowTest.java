package io.github.odooconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sales, purchase and stock flows, run through every protocol each version supports. */
class StockFlowTest {

  static Stream<Arguments> protocols() {
    List<Arguments> out = new ArrayList<>();
    for (OdooVersion v : OdooVersion.values()) {
      out.add(Arguments.of(v, WireProtocol.XMLRPC));
      out.add(Arguments.of(v, WireProtocol.JSONRPC));
      if (v.supportsJson2()) {
        out.add(Arguments.of(v, WireProtocol.JSON2));
      }
    }
    return out.stream();
  }

  private static double quantOnHand(FakeOdoo odoo, long product) {
    return odoo.records("stock.quant").stream()
        .filter(
            q ->
                Rpc.m2oId(q.get("product_id")) == product
                    && Rpc.m2oId(q.get("location_id")) == odoo.ref("stock.stock_location_stock"))
        .mapToDouble(q -> Rpc.num(q.get("quantity")))
        .sum();
  }

  private static long saleOrder(Rpc rpc, FakeOdoo odoo, String uomField, Object... productQty) {
    List<Object> lines = new ArrayList<>();
    for (int i = 0; i < productQty.length; i += 2) {
      lines.add(
          List.of(0, 0, Map.of("product_id", productQty[i], "product_uom_qty", productQty[i + 1])));
    }
    return rpc.create(
        "sale.order",
        Map.of("partner_id", odoo.ref("base.partner_wood_corner"), "order_line", lines));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("protocols")
  void confirmedSaleOrderGetsAReservedDeliveryAndShortValidationCreatesABackorder(
      OdooVersion v, WireProtocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, p);
      long desk = odoo.ref("product.product_desk");
      long lamp = odoo.ref("product.product_lamp");
      long so = saleOrder(rpc, odoo, null, desk, 10, lamp, 8);

      assertThat(rpc.call("sale.order", "action_confirm", List.of(List.of(so)))).isEqualTo(true);

      Map<String, Object> order = rpc.read("sale.order", so, "state", "picking_ids", "name");
      assertThat(order.get("state")).isEqualTo("sale");
      long picking = ((Number) ((List<?>) order.get("picking_ids")).get(0)).longValue();
      Map<String, Object> pick =
          rpc.read(
              "stock.picking",
              picking,
              "state",
              "origin",
              "name",
              "location_id",
              "location_dest_id",
              "move_ids",
              "picking_type_id");
      assertThat(pick.get("state")).isEqualTo("assigned");
      assertThat(pick.get("origin")).isEqualTo(order.get("name"));
      assertThat((String) pick.get("name")).startsWith("WH/OUT/");
      assertThat(Rpc.m2oId(pick.get("location_id")))
          .isEqualTo(odoo.ref("stock.stock_location_stock"));
      assertThat(Rpc.m2oId(pick.get("location_dest_id")))
          .isEqualTo(odoo.ref("stock.stock_location_customers"));
      List<Map<String, Object>> moves =
          rpc.searchRead(
              "stock.move",
              List.of(List.of("picking_id", "=", picking)),
              "product_id",
              "product_uom_qty",
              "quantity",
              "state");
      assertThat(moves)
          .extracting(m -> Rpc.num(m.get("quantity")))
          .containsExactlyInAnyOrder(10.0, 5.0);
      assertThat(moves)
          .extracting(m -> m.get("state"))
          .containsExactlyInAnyOrder("assigned", "partially_available");

      // short: real Odoo asks through the backorder wizard instead of validating
      Object wizard = rpc.call("stock.picking", "button_validate", List.of(List.of(picking)));
      assertThat(wizard)
          .asInstanceOf(InstanceOfAssertFactories.MAP)
          .containsEntry("res_model", "stock.backorder.confirmation");
      assertThat(rpc.read("stock.picking", picking, "state").get("state")).isEqualTo("assigned");

      assertThat(
              rpc.call(
                  "stock.picking",
                  "button_validate",
                  List.of(List.of(picking)),
                  Map.of("context", Map.of("skip_backorder", true))))
          .isEqualTo(true);

      Map<String, Object> done =
          rpc.read("stock.picking", picking, "state", "date_done", "backorder_ids");
      assertThat(done.get("state")).isEqualTo("done");
      assertThat(done.get("date_done"))
          .asString()
          .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
      List<?> backorders = (List<?>) done.get("backorder_ids");
      assertThat(backorders).hasSize(1);
      long backorder = ((Number) backorders.get(0)).longValue();
      List<Map<String, Object>> remaining =
          rpc.searchRead(
              "stock.move",
              List.of(List.of("picking_id", "=", backorder)),
              "product_id",
              "product_uom_qty",
              "state");
      assertThat(remaining)
          .singleElement()
          .satisfies(
              m -> {
                assertThat(Rpc.m2oId(m.get("product_id"))).isEqualTo(lamp);
                assertThat(Rpc.num(m.get("product_uom_qty"))).isEqualTo(3.0);
              });
      assertThat(
              Rpc.m2oId(rpc.read("stock.picking", backorder, "backorder_id").get("backorder_id")))
          .isEqualTo(picking);
      assertThat(quantOnHand(odoo, desk)).isEqualTo(40.0);
      assertThat(quantOnHand(odoo, lamp)).isEqualTo(0.0);
      assertThat(
              rpc.searchRead(
                  "sale.order.line", List.of(List.of("order_id", "=", so)), "qty_delivered"))
          .extracting(l -> Rpc.num(l.get("qty_delivered")))
          .containsExactlyInAnyOrder(10.0, 5.0);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("protocols")
  void confirmedPurchaseOrderGetsAReceiptAndValidationPutsGoodsInStock(
      OdooVersion v, WireProtocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, p);
      long chair = odoo.ref("product.product_chair");
      double before = quantOnHand(odoo, chair);
      long po =
          rpc.create(
              "purchase.order",
              Map.of(
                  "partner_id",
                  odoo.ref("base.partner_gemini"),
                  "order_line",
                  List.of(List.of(0, 0, Map.of("product_id", chair, "product_qty", 12)))));
      rpc.call("purchase.order", "button_confirm", List.of(List.of(po)));
      Map<String, Object> order = rpc.read("purchase.order", po, "state", "picking_ids");
      assertThat(order.get("state")).isEqualTo("purchase");
      long receipt = ((Number) ((List<?>) order.get("picking_ids")).get(0)).longValue();
      Map<String, Object> pick =
          rpc.read(
              "stock.picking",
              receipt,
              "name",
              "state",
              "location_id",
              "picking_type_code",
              "move_ids");
      assertThat((String) pick.get("name")).startsWith("WH/IN/");
      assertThat(pick.get("picking_type_code")).isEqualTo("incoming");
      assertThat(Rpc.m2oId(pick.get("location_id")))
          .isEqualTo(odoo.ref("stock.stock_location_suppliers"));
      long move = ((Number) ((List<?>) pick.get("move_ids")).get(0)).longValue();
      // a warehouse reports 12 received: the integration writes the move quantity (Odoo 17+ field
      // name)
      rpc.call("stock.move", "write", List.of(List.of(move), Map.of("quantity", 12)));
      assertThat(rpc.call("stock.picking", "button_validate", List.of(List.of(receipt))))
          .isEqualTo(true);
      assertThat(quantOnHand(odoo, chair)).isEqualTo(before + 12);
      assertThat(
              rpc.searchRead(
                  "purchase.order.line", List.of(List.of("order_id", "=", po)), "qty_received"))
          .extracting(l -> Rpc.num(l.get("qty_received")))
          .containsExactly(12.0);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("protocols")
  void pickingsListedInPickingIdsNotToBackorderKeepOneDoneMoveWithTheDoneQuantity(
      OdooVersion v, WireProtocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, p);
      long lamp = odoo.ref("product.product_lamp");
      long so = saleOrder(rpc, odoo, null, lamp, 8);
      rpc.call("sale.order", "action_confirm", List.of(List.of(so)));
      long picking =
          Rpc.m2oId(
              List.of(
                  ((List<?>) rpc.read("sale.order", so, "picking_ids").get("picking_ids")).get(0),
                  ""));
      rpc.call(
          "stock.picking",
          "button_validate",
          List.of(List.of(picking)),
          Map.of(
              "context",
              Map.of("skip_backorder", true, "picking_ids_not_to_backorder", List.of(picking))));
      Map<String, Object> done = rpc.read("stock.picking", picking, "state", "backorder_ids");
      assertThat(done.get("state")).isEqualTo("done");
      assertThat((List<?>) done.get("backorder_ids")).isEmpty();
      assertThat(
              rpc.searchRead(
                  "stock.move",
                  List.of(List.of("picking_id", "=", picking)),
                  "state",
                  "product_uom_qty",
                  "quantity"))
          // real Odoo 17+ does not split the move without a backorder (_action_done with
          // cancel_backorder): demand 8 stays, 5 done, no cancelled remainder move
          .extracting(
              m ->
                  m.get("state")
                      + ":"
                      + Rpc.num(m.get("product_uom_qty"))
                      + ":"
                      + Rpc.num(m.get("quantity")))
          .containsExactly("done:8.0:5.0");
    }
  }

  @Test
  void backorderWizardProcessCreatesTheBackorder() {
    try (FakeOdoo odoo = FakeOdoo.start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      long so = saleOrder(rpc, odoo, null, odoo.ref("product.product_lamp"), 7);
      rpc.call("sale.order", "action_confirm", List.of(List.of(so)));
      long picking =
          ((Number) ((List<?>) rpc.read("sale.order", so, "picking_ids").get("picking_ids")).get(0))
              .longValue();
      long wizard =
          rpc.create(
              "stock.backorder.confirmation", Map.of("pick_ids", List.of(List.of(4, picking))));
      rpc.call("stock.backorder.confirmation", "process", List.of(List.of(wizard)));
      Map<String, Object> done = rpc.read("stock.picking", picking, "state", "backorder_ids");
      assertThat(done.get("state")).isEqualTo("done");
      assertThat((List<?>) done.get("backorder_ids")).hasSize(1);
    }
  }

  @Test
  void validatingWithNothingReservedIsAUserErrorAndChangesNothing() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V18).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      long product =
          rpc.create("product.product", Map.of("name", "Empty Shelf Item", "is_storable", true));
      long picking =
          rpc.create(
              "stock.picking",
              Map.of(
                  "picking_type_id",
                  odoo.ref("stock.picking_type_out"),
                  "partner_id",
                  odoo.ref("base.partner_azure"),
                  "move_ids",
                  List.of(List.of(0, 0, Map.of("product_id", product, "product_uom_qty", 2)))));
      rpc.call("stock.picking", "action_assign", List.of(List.of(picking)));
      assertThat(rpc.read("stock.picking", picking, "state").get("state")).isEqualTo("confirmed");
      assertThatThrownBy(
              () -> rpc.call("stock.picking", "button_validate", List.of(List.of(picking))))
          .isInstanceOfSatisfying(
              Rpc.Fault.class,
              f -> {
                assertThat(f.name).isEqualTo("odoo.exceptions.UserError");
                assertThat(f).hasMessageContaining("no quantities are reserved");
              });
      assertThat(rpc.read("stock.picking", picking, "state").get("state")).isEqualTo("confirmed");
    }
  }

  @Test
  void cancellingReleasesTheReservationAndDonePickingsCannotBeCancelled() {
    try (FakeOdoo odoo = FakeOdoo.start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSON2);
      long desk = odoo.ref("product.product_desk");
      long so = saleOrder(rpc, odoo, null, desk, 4);
      rpc.call("sale.order", "action_confirm", List.of(List.of(so)));
      long picking =
          ((Number) ((List<?>) rpc.read("sale.order", so, "picking_ids").get("picking_ids")).get(0))
              .longValue();
      assertThat(rpc.read("product.product", desk, "free_qty").get("free_qty")).isEqualTo(46.0);
      rpc.call("stock.picking", "action_cancel", List.of(List.of(picking)));
      assertThat(rpc.read("stock.picking", picking, "state").get("state")).isEqualTo("cancel");
      assertThat(rpc.read("product.product", desk, "free_qty").get("free_qty")).isEqualTo(50.0);

      long delivery =
          odoo.records("stock.picking").stream()
              .filter(r -> "assigned".equals(r.get("state")))
              .mapToLong(r -> (Long) r.get("id"))
              .findFirst()
              .orElseThrow();
      rpc.call("stock.picking", "button_validate", List.of(List.of(delivery)));
      assertThatThrownBy(
              () -> rpc.call("stock.picking", "action_cancel", List.of(List.of(delivery))))
          .isInstanceOfSatisfying(
              Rpc.Fault.class, f -> assertThat(f.name).isEqualTo("odoo.exceptions.UserError"));
      assertThatThrownBy(() -> rpc.call("sale.order", "action_confirm", List.of(List.of(so))))
          .isInstanceOfSatisfying(
              Rpc.Fault.class, f -> assertThat(f.name).isEqualTo("odoo.exceptions.UserError"));
    }
  }

  @Test
  void carrierWorkflowsCanAttachLabelsPostMessagesAndScheduleActivities() {
    try (FakeOdoo odoo = FakeOdoo.start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
      long picking = odoo.records("stock.picking").get(0).get("id") instanceof Long l ? l : -1;
      long att =
          rpc.create(
              "ir.attachment",
              Map.of(
                  "name",
                  "label.pdf",
                  "datas",
                  "JVBERi0xLjQK",
                  "res_model",
                  "stock.picking",
                  "res_id",
                  picking,
                  "mimetype",
                  "application/pdf"));
      Object message =
          rpc.call(
              "stock.picking",
              "message_post",
              List.of(List.of(picking)),
              Map.of("body", "Label created, tracking 1Z999", "attachment_ids", List.of(att)));
      assertThat(message).isInstanceOf(Number.class);
      rpc.call(
          "stock.picking",
          "write",
          List.of(List.of(picking), Map.of("carrier_tracking_ref", "1Z999")));
      long activity =
          rpc.create(
              "mail.activity",
              Map.of(
                  "res_model",
                  "stock.picking",
                  "res_id",
                  picking,
                  "summary",
                  "Carrier rejected the shipment"));
      Map<String, Object> pick =
          rpc.read("stock.picking", picking, "message_ids", "activity_ids", "carrier_tracking_ref");
      assertThat((List<?>) pick.get("message_ids")).hasSize(1);
      assertThat(((List<?>) pick.get("activity_ids")).stream().map(x -> ((Number) x).longValue()))
          .containsExactly(activity);
      assertThat(pick.get("carrier_tracking_ref")).isEqualTo("1Z999");
      assertThat(rpc.read("ir.attachment", att, "file_size").get("file_size")).isEqualTo(9);
      assertThat(odoo.records("mail.message"))
          .singleElement()
          .satisfies(m -> assertThat(m.get("attachment_ids")).isEqualTo(List.of(att)));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("protocols")
  void countedQuantitiesAreAppliedThroughAnInventoryMove(OdooVersion v, WireProtocol p) {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start()) {
      Rpc rpc = new Rpc(odoo, p);
      long lamp = odoo.ref("product.product_lamp");
      long stock = odoo.ref("stock.stock_location_stock");
      long seeded =
          odoo.records("stock.quant").stream()
              .filter(q -> Rpc.m2oId(q.get("product_id")) == lamp)
              .mapToLong(q -> (Long) q.get("id"))
              .findFirst()
              .orElseThrow();
      // inventory mode: "creating" the quant that exists records the counted quantity on it
      long again =
          ((Number)
                  ((List<?>)
                          rpc.call(
                              "stock.quant",
                              "create",
                              List.of(
                                  List.of(
                                      Map.of(
                                          "product_id",
                                          lamp,
                                          "location_id",
                                          stock,
                                          "inventory_quantity",
                                          7))),
                              Map.of("context", Map.of("inventory_mode", true))))
                      .get(0))
              .longValue();
      assertThat(again).isEqualTo(seeded);
      assertThat(
              rpc.read("stock.quant", again, "inventory_quantity_set", "inventory_diff_quantity"))
          .containsEntry("inventory_quantity_set", true)
          .containsEntry("inventory_diff_quantity", 2.0);
      try {
        rpc.call("stock.quant", "action_apply_inventory", List.of(List.of(again)));
      } catch (Rpc.Fault f) {
        // XML-RPC cannot marshal the None this method returns; Odoo has committed anyway
        assertThat(p).isEqualTo(WireProtocol.XMLRPC);
        assertThat(f).hasMessageContaining("cannot marshal None");
      }
      assertThat(quantOnHand(odoo, lamp)).isEqualTo(7.0);
      assertThat(odoo.records("stock.move"))
          .anyMatch(
              m ->
                  "Product Quantity Updated".equals(m.get("name"))
                      && "done".equals(m.get("state"))
                      && Rpc.m2oId(m.get("location_id")) == odoo.ref("stock.location_inventory"));
    }
  }
}
