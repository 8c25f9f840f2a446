package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JSON-2 calls with positional arguments of methods the client has no built-in table for: the names
 * come from FakeOdoo's {@code /doc-bearer/<model>.json}, as from Odoo 19's.
 */
class Json2ParameterNamesTest {

  @Test
  void aModelMethodOutsideTheTableGetsItsPositionalArgumentsNamed() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient json2 = Clients.apiKey(odoo);
        OdooClient jsonRpc = Clients.password(odoo, Protocol.JSONRPC)) {
      assertThat(json2.protocol()).isEqualTo(Protocol.JSON2);
      List<Object> args = List.of("stock", "warehouse0");

      Object viaJson2 = json2.call("ir.model.data", "check_object_reference", args, Map.of());

      assertThat(viaJson2)
          .isEqualTo(jsonRpc.call("ir.model.data", "check_object_reference", args, Map.of()));
      assertThat(viaJson2.toString()).contains("stock.warehouse");
    }
  }

  @Test
  void tooManyPositionalArgumentsNameTheMethodAndWhatOdooExpects() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient json2 = Clients.apiKey(odoo)) {
      assertThatThrownBy(
              () ->
                  json2.call(
                      "ir.model.data",
                      "check_object_reference",
                      List.of("stock", "warehouse0", true, "extra"),
                      Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ir.model.data.check_object_reference")
          .hasMessageContaining("[module, xml_id, raise_on_access_error]");
    }
  }

  @Test
  void aKeyOutsideTheDocumentationGroupIsToldWhyNamesAreUnknown() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient demo =
            OdooClient.builder()
                .url(odoo.url())
                .database(odoo.database())
                .apiKey(odoo.demoApiKey())
                .protocol(Protocol.JSON2)
                .build()) {
      assertThatThrownBy(
              () ->
                  demo.call(
                      "ir.model.data",
                      "check_object_reference",
                      List.of("stock", "warehouse0"),
                      Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Technical Documentation");
    }
  }
}
