package io.github.odooconnector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ORM behaviour of the fake: domains, x2many commands, Odoo's rules, atomicity, thread safety. */
@ExtendWith(FakeOdooExtension.class)
class RecordStoreTest {

  @SuppressWarnings("unchecked")
  private static List<Long> search(Rpc rpc, String model, List<?> domain, Map<String, ?> kw) {
    return ((List<Number>) rpc.call(model, "search", List.of(domain), kw))
        .stream().map(Number::longValue).toList();
  }

  private static List<Long> ids(Object value) {
    return ((List<?>) value).stream().map(x -> ((Number) x).longValue()).toList();
  }

  @Test
  void domainsSupportOdooOperatorsAndPrefixLogic(FakeOdoo odoo) {
    Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
    long desk = odoo.ref("product.product_desk");
    long chair = odoo.ref("product.product_chair");
    long lamp = odoo.ref("product.product_lamp");
    assertThat(
            search(
                rpc,
                "product.product",
                List.of(List.of("default_code", "in", List.of("FURN_0001", "FURN_0002"))),
                Map.of()))
        .containsExactly(desk, chair);
    assertThat(
            search(
                rpc,
                "product.product",
                List.of(
                    "|", List.of("name", "ilike", "desk"), List.of("name", "=like", "Office L%")),
                Map.of()))
        .containsExactly(desk, lamp);
    assertThat(
            search(
                rpc,
                "product.product",
                List.of("!", List.of("list_price", "<", 100), List.of("sale_ok", "=", true)),
                Map.of("order", "list_price desc")))
        .startsWith(desk);
    assertThat(
            search(
                rpc,
                "product.product",
                List.of(
                    List.of("default_code", "not in", List.of("FURN_0001")),
                    List.of("default_code", "!=", false)),
                Map.of("limit", 2, "offset", 1)))
        .hasSize(2)
        .doesNotContain(desk);
    assertThat(
            search(
                rpc,
                "stock.location",
                List.of(
                    List.of("id", "child_of", odoo.ref("stock.warehouse0_view")),
                    List.of("usage", "=", "internal")),
                Map.of()))
        .contains(odoo.ref("stock.stock_location_stock"), odoo.ref("stock.stock_location_shelf_1"))
        .doesNotContain(odoo.ref("stock.stock_location_customers"));
    assertThat(
            search(
                rpc,
                "stock.quant",
                List.of(
                    List.of("location_id.usage", "=", "internal"), List.of("quantity", ">=", 20)),
                Map.of()))
        .hasSize(3);
    assertThat(
            search(rpc, "res.partner", List.of(List.of("name", "=ilike", "wood corner")), Map.of()))
        .containsExactly(odoo.ref("base.partner_wood_corner"));
    assertThat(((Number) rpc.call("stock.quant", "search_count", List.of(List.of()))).longValue())
        .isEqualTo(5);
  }

  @Test
  void archivedRecordsAreHiddenUnlessActiveTestIsOff(FakeOdoo odoo) {
    Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
    long p = rpc.create("res.partner", Map.of("name", "Archived Ltd"));
    assertThat(rpc.call("res.partner", "action_archive", List.of(List.of(p)))).isNull();
    assertThat(search(rpc, "res.partner", List.of(List.of("name", "=", "Archived Ltd")), Map.of()))
        .isEmpty();
    assertThat(
            search(
                rpc,
                "res.partner",
                List.of(List.of("name", "=", "Archived Ltd")),
                Map.of("context", Map.of("active_test", false))))
        .containsExactly(p);
  }

  @Test
  void everyX2manyCommandIsApplied(FakeOdoo odoo) {
    Rpc rpc = new Rpc(odoo, WireProtocol.XMLRPC);
    long parent =
        rpc.create(
            "res.partner",
            Map.of(
                "name",
                "Parent Co",
                "is_company",
                true,
                "child_ids",
                List.of(
                    List.of(0, 0, Map.of("name", "Child A")),
                    List.of(0, 0, Map.of("name", "Child B"))),
                "category_id",
                List.of(List.of(6, 0, List.of(1, 2)))));
    List<?> children = (List<?>) rpc.read("res.partner", parent, "child_ids").get("child_ids");
    long a = ((Number) children.get(0)).longValue();
    long b = ((Number) children.get(1)).longValue();
    long loose = rpc.create("res.partner", Map.of("name", "Loose"));
    rpc.call(
        "res.partner",
        "write",
        List.of(
            List.of(parent),
            Map.of(
                "child_ids",
                    List.of(
                        List.of(1, a, Map.of("phone", "123")), List.of(2, b), List.of(4, loose)),
                "category_id", List.of(List.of(3, 1), List.of(4, 3)))));
    Map<String, Object> r = rpc.read("res.partner", parent, "child_ids", "category_id");
    assertThat(ids(r.get("child_ids"))).containsExactly(a, loose);
    assertThat(ids(r.get("category_id"))).containsExactly(2L, 3L);
    assertThat(odoo.record("res.partner", b)).isEmpty();
    assertThat(rpc.read("res.partner", a, "phone", "display_name").get("display_name"))
        .isEqualTo("Parent Co, Child A");
    rpc.call(
        "res.partner",
        "write",
        List.of(
            List.of(parent),
            Map.of("child_ids", List.of(List.of(3, a)), "category_id", List.of(List.of(5)))));
    r = rpc.read("res.partner", parent, "child_ids", "category_id");
    assertThat(ids(r.get("child_ids"))).containsExactly(loose);
    assertThat(ids(r.get("category_id"))).isEmpty();
    assertThat(rpc.read("res.partner", a, "parent_id").get("parent_id")).isEqualTo(false);
    rpc.call(
        "res.partner",
        "write",
        List.of(List.of(parent), Map.of("child_ids", List.of(List.of(6, 0, List.of(a))))));
    assertThat(ids(rpc.read("res.partner", parent, "child_ids").get("child_ids")))
        .containsExactly(a);
  }

  @Test
  void readOfDeletedIdsIsEmptyWhileWriteRaisesMissingError(FakeOdoo odoo) {
    Rpc rpc = new Rpc(odoo, WireProtocol.JSON2);
    long p = rpc.create("res.partner", Map.of("name", "Ghost"));
    rpc.call("res.partner", "unlink", List.of(List.of(p)));
    assertThat(rpc.call("res.partner", "read", List.of(List.of(p), List.of("name"))))
        .isEqualTo(List.of());
    assertThatThrownBy(
            () -> rpc.call("res.partner", "write", List.of(List.of(p), Map.of("name", "x"))))
        .isInstanceOfSatisfying(
            Rpc.Fault.class, f -> assertThat(f.name).isEqualTo("odoo.exceptions.MissingError"));
  }

  @Test
  void aFailingCallIsRolledBackEntirely(FakeOdoo odoo) {
    Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
    int before = odoo.records("res.partner").size();
    assertThatThrownBy(
            () ->
                rpc.call(
                    "res.partner",
                    "create",
                    List.of(
                        List.of(
                            Map.of("name", "Ok"), Map.of("email", "missing-name@example.com")))))
        .isInstanceOfSatisfying(
            Rpc.Fault.class, f -> assertThat(f.name).isEqualTo("odoo.exceptions.ValidationError"));
    assertThat(odoo.records("res.partner")).hasSize(before);
  }

  @Test
  void restrictedDemoUserCanReadButNotChangeStock(FakeOdoo odoo) {
    Rpc demo = new Rpc(odoo, WireProtocol.JSONRPC, true);
    assertThat(demo.searchRead("stock.picking", List.of(), "name")).isNotEmpty();
    assertThatThrownBy(
            () -> demo.call("stock.picking", "write", List.of(List.of(1), Map.of("origin", "x"))))
        .isInstanceOfSatisfying(
            Rpc.Fault.class,
            f -> {
              assertThat(f.name).isEqualTo("odoo.exceptions.AccessError");
              assertThat(f)
                  .hasMessageContaining("You are not allowed to modify 'Transfer' (stock.picking)");
            });
    assertThatThrownBy(() -> demo.call("stock.picking", "button_validate", List.of(List.of(1))))
        .isInstanceOfSatisfying(
            Rpc.Fault.class, f -> assertThat(f.name).isEqualTo("odoo.exceptions.AccessError"));
    assertThat(demo.create("res.partner", Map.of("name", "Demo's lead"))).isPositive();
  }

  @Test
  void customFieldsDefinedInTheBuilderCanBeWrittenReadAndSearched() {
    try (FakeOdoo odoo =
        FakeOdoo.builder()
            .version(OdooVersion.V17)
            .customField("stock.picking", "x_wms_reference", "char")
            .start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.XMLRPC);
      rpc.call("stock.picking", "write", List.of(List.of(1), Map.of("x_wms_reference", "WMS-42")));
      assertThat(
              search(
                  rpc,
                  "stock.picking",
                  List.of(List.of("x_wms_reference", "=", "WMS-42")),
                  Map.of()))
          .containsExactly(1L);
      assertThatThrownBy(
              () ->
                  rpc.call(
                      "stock.picking", "write", List.of(List.of(1), Map.of("x_undefined", "y"))))
          .isInstanceOf(Rpc.Fault.class)
          .hasMessageContaining("x_undefined");
    }
    assertThatThrownBy(() -> FakeOdoo.builder().customField("stock.picking", "wms_ref", "char"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void nameSearchReadGroupAndFieldsGetWork(FakeOdoo odoo) {
    Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
    List<List<Object>> found =
        (List<List<Object>>) rpc.call("res.partner", "name_search", List.of("wood"));
    assertThat(found)
        .extracting(p -> p.get(1))
        .contains("Wood Corner", "Wood Corner, Willie Burke");
    List<Map<String, Object>> groups =
        (List<Map<String, Object>>)
            rpc.call(
                "stock.quant",
                "read_group",
                List.of(List.of(), List.of("quantity:sum"), List.of("location_id")));
    assertThat(groups)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.get("quantity")).isEqualTo(185.0);
              assertThat(g.get("location_id_count")).isEqualTo(5);
            });
    Map<String, Map<String, Object>> fields =
        (Map<String, Map<String, Object>>)
            rpc.call(
                "stock.move",
                "fields_get",
                List.of(),
                Map.of("attributes", List.of("type", "required", "relation")));
    assertThat(fields.get("quantity")).containsEntry("type", "float").doesNotContainKey("string");
    assertThat(fields.get("picking_id")).containsEntry("relation", "stock.picking");
  }

  @Test
  void concurrentCreatesGetDistinctIdsAndAreAllStored(FakeOdoo odoo) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    int before = odoo.records("res.partner").size();
    Set<Long> ids = ConcurrentHashMap.newKeySet();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      futures.add(
          pool.submit(
              () ->
                  ids.add(
                      new Rpc(odoo, n % 2 == 0 ? WireProtocol.JSONRPC : WireProtocol.XMLRPC)
                          .create("res.partner", Map.of("name", "Concurrent " + n)))));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    assertThat(ids).hasSize(40);
    assertThat(odoo.records("res.partner")).hasSize(before + 40);
  }

  @Test
  void xmlWithADoctypeIsRejectedWithoutResolvingEntities(FakeOdoo odoo) throws Exception {
    String evil =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<methodCall><methodName>version</methodName><params><param><value>"
            + "<string>&e;</string>"
            + "</value></param></params></methodCall>";
    Wire.Answer a = Wire.post(odoo.url() + "/xmlrpc/2/common", "text/xml", evil, Map.of());
    JsonNode fault = a.xml();
    assertThat(fault.get("faultCode").asInt()).isEqualTo(1);
    assertThat(a.body()).doesNotContain("root:");
    assertThat(odoo.calls()).isEmpty();
  }

  @Test
  void jsonTwoIsOnlyServedWhenPosingAsNineteen() throws Exception {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V18).start()) {
      assertThat(Wire.json2(odoo, "res.partner", "search", Map.of("domain", List.of())).status())
          .isEqualTo(404);
      JsonNode info =
          Wire.post(
                  odoo.url() + "/web/webclient/version_info",
                  "application/json",
                  "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{},\"id\":1}",
                  Map.of())
              .json();
      assertThat(info.at("/result/server_serie").asText()).isEqualTo("18.0");
    }
  }

  @Test
  void authenticationAcceptsPasswordOrApiKeyAndRejectsOthers(FakeOdoo odoo) throws Exception {
    for (String secret : List.of(odoo.adminPassword(), odoo.adminApiKey())) {
      assertThat(
              Wire.xmlRpc(
                      odoo,
                      "common",
                      "authenticate",
                      List.of(odoo.database(), odoo.adminLogin(), secret, Map.of()))
                  .xml()
                  .asLong())
          .isEqualTo(2);
    }
    assertThat(
            Wire.jsonRpc(
                    odoo,
                    "common",
                    "authenticate",
                    List.of(odoo.database(), odoo.adminLogin(), "nope", Map.of()))
                .json()
                .get("result")
                .asBoolean())
        .isFalse();
    assertThat(
            Wire.xmlRpc(
                    odoo,
                    "object",
                    "execute_kw",
                    List.of(
                        odoo.database(), 2, "nope", "res.partner", "search", List.of(List.of())))
                .xml()
                .get("faultCode")
                .asInt())
        .isEqualTo(3);
    assertThat(odoo.toString())
        .doesNotContain(odoo.adminPassword() + "@")
        .doesNotContain(odoo.adminApiKey());
  }

  @Test
  void externalIdsResolveOverRpcAndAddressFieldsExist(FakeOdoo odoo) {
    Rpc rpc = new Rpc(odoo, WireProtocol.JSONRPC);
    List<Map<String, Object>> data =
        rpc.searchRead(
            "ir.model.data",
            List.of(
                List.of("module", "=", "mail"), List.of("name", "=", "mail_activity_data_warning")),
            "model",
            "res_id");
    assertThat(data)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.get("model")).isEqualTo("mail.activity.type");
              assertThat(((Number) d.get("res_id")).longValue())
                  .isEqualTo(odoo.ref("mail.mail_activity_data_warning"));
            });
    Map<String, Object> wood =
        rpc.read(
            "res.partner",
            odoo.ref("base.partner_wood_corner"),
            "state_id",
            "country_code",
            "country_id");
    assertThat(wood.get("country_code")).isEqualTo("US");
    assertThat(((List<?>) wood.get("state_id")).get(1)).isEqualTo("California");
    assertThat(
            Rpc.m2oId(
                rpc.read(
                        "stock.picking.type",
                        odoo.ref("stock.picking_type_out"),
                        "return_picking_type_id")
                    .get("return_picking_type_id")))
        .isEqualTo(odoo.ref("stock.picking_type_in"));
    rpc.call("stock.picking", "write", List.of(List.of(1), Map.of("carrier_price", 12.5)));
    assertThat(rpc.read("stock.picking", 1, "carrier_price", "weight_uom_name"))
        .containsEntry("carrier_price", 12.5)
        .containsEntry("weight_uom_name", "kg");
  }

  @Test
  void seventeenAcceptsMovesThroughMoveIdsWithoutPackage() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V17).start()) {
      Rpc rpc = new Rpc(odoo, WireProtocol.XMLRPC);
      long picking =
          rpc.create(
              "stock.picking",
              Map.of(
                  "picking_type_id",
                  odoo.ref("stock.picking_type_in"),
                  "move_ids_without_package",
                  List.of(
                      List.of(
                          0,
                          0,
                          Map.of(
                              "product_id",
                              odoo.ref("product.product_chair"),
                              "product_uom_qty",
                              3)))));
      Map<String, Object> r =
          rpc.read("stock.picking", picking, "move_ids", "location_id", "state", "name");
      assertThat((List<?>) r.get("move_ids")).hasSize(1);
      assertThat(Rpc.m2oId(r.get("location_id")))
          .isEqualTo(odoo.ref("stock.stock_location_suppliers"));
      assertThat(r.get("state")).isEqualTo("draft");
      assertThat((String) r.get("name")).startsWith("WH/IN/");
    }
  }

  @Test
  void everyExternalIdDocumentedOnRefResolves(FakeOdoo odoo) throws Exception {
    String source =
        Files.readString(Path.of("src/main/java/io/github/odooconnector/testkit/FakeOdoo.java"));
    String doc =
        source.substring(
            source.indexOf("The id of a seed record"), source.indexOf("public long ref("));
    Matcher m = Pattern.compile("\\{@code ([a-z_]+\\.[A-Za-z0-9_]+)}").matcher(doc);
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      if (!"env.ref".equals(m.group(1)) && !"module.name".equals(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    assertThat(ids).hasSizeGreaterThan(30);
    for (String id : ids) {
      assertThat(odoo.ref(id)).as(id).isPositive();
    }
    assertThatThrownBy(() -> odoo.ref("stock.no_such_thing")).isInstanceOf(FakeOdooException.class);
    assertThatThrownBy(() -> odoo.records("no.such.model")).isInstanceOf(FakeOdooException.class);
    assertThatThrownBy(() -> odoo.records("res.partner").get(0).put("name", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
